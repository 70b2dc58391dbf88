import { Schema, model } from 'mongoose';

export const Message = model('Message', new Schema({ room: String, author: String, text: String }));
