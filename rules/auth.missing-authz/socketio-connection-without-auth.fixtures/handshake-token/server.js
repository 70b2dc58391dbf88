const { Server } = require('socket.io');
const { pool } = require('./db');
const { userFromToken } = require('./auth');

const io = new Server(3001);

// ok: socketio-connection-without-auth (the handshake token is resolved to a user by the app's helper)
io.on('connection', async (socket) => {
  const user = await userFromToken(socket.handshake.auth.token);
  if (!user) return socket.disconnect(true);
  socket.on('card:move', async ({ cardId, column }) => {
    await pool.query('UPDATE cards SET col = $1 WHERE id = $2 AND owner_id = $3', [column, cardId, user.id]);
  });
});
