const http = require('http');
const { Server } = require('socket.io');
const socketAuth = require('./sockets/auth');
const registerChat = require('./sockets/chat');
const server = http.createServer();
const io = new Server(server);
io.use(socketAuth);
registerChat(io);
server.listen(3000);
