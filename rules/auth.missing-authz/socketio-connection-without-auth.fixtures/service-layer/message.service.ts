import { Message } from './models';

export async function createMessage(roomId: string, authorId: string, text: string) {
  return Message.create({ room: roomId, author: authorId, text });
}
