const { Server } = require('ws');
const { pool } = require('./db');
const wss = new Server({ port: 8080 });
// ok: socketio-connection-without-auth (a plain `ws` server, not Socket.IO)
wss.on('connection', (ws) => {
  ws.on('message', async (raw) => {
    await pool.query('INSERT INTO events (body) VALUES ($1)', [String(raw)]);
  });
});
