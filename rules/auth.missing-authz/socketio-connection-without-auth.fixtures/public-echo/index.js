const http = require('http');
const { Server } = require('socket.io');

const server = http.createServer();
const io = new Server(server);
// ok: socketio-connection-without-auth (a public relay: no stored data)
io.on('connection', (s) => s.on('message', (m) => io.emit('message', m)));
server.listen(3000);
