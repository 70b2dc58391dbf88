const http = require('http');
const { Server } = require('socket.io');
const format = require('./format');

const server = http.createServer();
const io = new Server(server);
// ok: socketio-connection-without-auth (a relay: formats and forwards, stores nothing)
io.on('connection', (socket) => {
  socket.on('join', (room) => socket.join(room));
  socket.on('message', async ({ room, text }) => {
    await delay(50);
    io.to(room).emit('message', format.message(text));
  });
});
server.listen(3000);
