const socketIo = require('socket.io');
const Message = require('./Message');

module.exports = (server) => {
  const io = socketIo(server, { cors: { origin: '*' } });

  // ruleid: socketio-connection-without-auth
  io.on('connection', (socket) => {
    socket.on('join', (room) => socket.join(room));

    socket.on('message', async ({ room, userId, text }) => {
      const msg = await Message.create({ room, sender: userId, text });
      io.to(room).emit('message', msg);
    });

    socket.on('history', async (room) => {
      socket.emit('history', await Message.find({ room }).limit(100));
    });
  });
};
