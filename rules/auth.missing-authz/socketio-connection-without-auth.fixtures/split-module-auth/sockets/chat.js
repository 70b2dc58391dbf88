const { pool } = require('../db');
module.exports = (io) => {
  // ok: socketio-connection-without-auth (server.js registers the handshake middleware on the same io)
  io.on('connection', (socket) => {
    socket.on('message', async ({ roomId, body }) => {
      await pool.query('INSERT INTO messages (room_id, user_id, body) VALUES ($1, $2, $3)', [roomId, socket.data.userId, body]);
    });
  });
};
