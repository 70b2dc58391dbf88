const http = require('http');
const { Server } = require('socket.io');
const registerChat = require('./src/chat');
const server = http.createServer();
const io = new Server(server);
registerChat(io);
server.listen(3000);
