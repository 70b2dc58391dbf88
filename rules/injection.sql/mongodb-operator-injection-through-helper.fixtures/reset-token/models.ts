import { Schema, model } from 'mongoose';

export const User = model('User', new Schema({ email: String, passwordHash: String, resetToken: String, resetExpires: Date }));
