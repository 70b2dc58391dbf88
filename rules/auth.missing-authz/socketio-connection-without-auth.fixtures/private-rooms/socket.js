const { Server } = require('socket.io');
const Message = require('./Message');

module.exports = function initSocket(server) {
  const io = new Server(server, { cors: { origin: ['https://app.example.com'] } });

  // ruleid: socketio-connection-without-auth (high: the room and the sender come from the payload)
  io.on('connection', (socket) => {
    // client emits "join" right after login with its own user id
    socket.on('join', ({ userId }) => {
      socket.join(`user:${userId}`);
    });

    socket.on('message', async ({ from, to, body }) => {
      const msg = await Message.create({ from, to, body });
      io.to(`user:${to}`).to(`user:${from}`).emit('message', msg);
    });
  });

  return io;
};
