import { Server } from 'socket.io';
import { saveNote } from './note.store';

export function registerNotes(io: Server) {
  // ruleid: socketio-connection-without-auth (an awaited write helper)
  io.of('/notes').on('connection', (socket) => {
    socket.on('note:save', async ({ id, body }) => {
      await saveNote(id, body);
    });
  });
}
