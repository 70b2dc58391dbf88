import { Server, Socket } from 'socket.io';
import * as messageService from './message.service';

export function registerChat(io: Server) {
  // ruleid: socketio-connection-without-auth (high: the author id is the handshake's `userId`; the write is in a service)
  io.on('connection', (socket: Socket) => {
    const { userId } = socket.handshake.query as { userId?: string };

    socket.on('join', (roomId: string) => {
      socket.join(roomId);
    });

    socket.on('message', async ({ roomId, text }: { roomId: string; text: string }) => {
      const msg = await messageService.createMessage(roomId, String(userId), text);
      io.to(roomId).emit('message', { id: msg.id, roomId, userId, text: msg.text });
    });
  });
}
