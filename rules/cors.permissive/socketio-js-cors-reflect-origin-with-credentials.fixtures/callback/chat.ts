import { Server, Socket } from 'socket.io';

export function registerChat(io: Server) {
  io.on('connection', (socket: Socket) => {
    socket.on('ping', () => socket.emit('pong'));
  });
}
