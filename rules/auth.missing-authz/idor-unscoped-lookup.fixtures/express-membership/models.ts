import { Schema, model, Types } from 'mongoose';

export const Room = model('Room', new Schema({ name: String, owner: Types.ObjectId, members: [Types.ObjectId] }));
export const Message = model('Message', new Schema({ room: Types.ObjectId, text: String }));
