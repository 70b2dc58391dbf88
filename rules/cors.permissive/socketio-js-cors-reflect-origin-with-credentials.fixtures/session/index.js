const express = require("express");
const session = require("express-session");
const { createServer } = require("http");
const { Server } = require("socket.io");

const app = express();
const sessionMiddleware = session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false });
app.use(sessionMiddleware);
const httpServer = createServer(app);
// high: the socket is signed in through the session cookie
const io = new Server(httpServer, {
  // ruleid: socketio-js-cors-reflect-origin-with-credentials
  cors: { credentials: true, origin: true },
});
io.engine.use(sessionMiddleware);
io.on("connection", (socket) => {
  const userId = socket.request.session.userId;
  socket.join(`user:${userId}`);
});
httpServer.listen(3000);
