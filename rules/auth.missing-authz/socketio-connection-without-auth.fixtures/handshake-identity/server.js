const http = require('http');
const express = require('express');
const { Server } = require('socket.io');
const { pool } = require('./db');

const app = express();
const server = http.createServer(app);
const io = new Server(server);

// ruleid: socketio-connection-without-auth (high: the author id is the handshake's `userId` query parameter)
io.on('connection', (socket) => {
  const { userId } = socket.handshake.query;
  socket.on('join', (roomId) => socket.join(`room:${roomId}`));
  socket.on('message', async ({ roomId, body }) => {
    await pool.query('INSERT INTO messages (room_id, user_id, body) VALUES ($1, $2, $3)', [roomId, userId, body]);
    io.to(`room:${roomId}`).emit('message', { roomId, userId, body });
  });
});

server.listen(3000);
