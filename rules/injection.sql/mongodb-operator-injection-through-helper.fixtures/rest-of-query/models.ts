import { Schema, model } from 'mongoose';

export const User = model('User', new Schema({ username: String, email: String, passwordHash: String, role: String, bio: String }));
