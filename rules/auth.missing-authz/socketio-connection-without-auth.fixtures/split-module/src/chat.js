const { pool } = require('../db');
module.exports = function registerChat(io) {
  // ruleid: socketio-connection-without-auth (high: the server is created in server.js; the sender is the payload's userId)
  io.on('connection', (socket) => {
    socket.on('message', async ({ roomId, userId, body }) => {
      await pool.query('INSERT INTO messages (room_id, user_id, body) VALUES ($1, $2, $3)', [roomId, userId, body]);
    });
  });
};
