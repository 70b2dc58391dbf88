const http = require("http");
const socketIo = require("socket.io");

const server = http.createServer();
// ruleid: socketio-js-cors-reflect-origin-with-credentials
const io = socketIo(server, { cors: { origin: true, credentials: true } });
const io2 = require("socket.io")(server, {
  cors: {
    // ruleid: socketio-js-cors-reflect-origin-with-credentials
    origin: (origin, callback) => {
      callback(null, true);
    },
    credentials: true,
  },
});
// ok: socketio-js-cors-reflect-origin-with-credentials
const io3 = socketIo(server, { cors: { origin: process.env.CLIENT_ORIGIN.split(","), credentials: true } });
