const { Server } = require("socket.io");
const jwt = require("jsonwebtoken");
const Message = require("./models/Message");
const Report = require("./models/Report");

function requireStaff(socket, next) {
  try {
    const claims = jwt.verify(socket.handshake.auth.token, process.env.JWT_SECRET);
    if (claims.role !== "staff") return next(new Error("forbidden"));
    socket.data.staffId = claims.sub;
    next();
  } catch (err) {
    next(new Error("unauthorized"));
  }
}

module.exports = function attachRealtime(httpServer) {
  const io = new Server(httpServer, { cors: { origin: process.env.WEB_ORIGIN } });

  const staff = io.of("/staff");
  staff.use(requireStaff);
  // ok: socketio-connection-without-auth (the /staff namespace has its own middleware)
  staff.on("connection", (socket) => {
    socket.on("report:resolve", async ({ reportId }) => {
      await Report.updateOne({ _id: reportId }, { resolvedBy: socket.data.staffId });
    });
  });

  io.of("/moderation").use(requireStaff);
  // ok: socketio-connection-without-auth (middleware on the same namespace, written inline)
  io.of("/moderation").on("connection", (socket) => {
    socket.on("message:hide", async ({ id }) => {
      await Message.updateOne({ _id: id }, { hidden: true });
    });
  });

  // The default namespace is not covered by the /staff or /moderation middleware.
  // ruleid: socketio-connection-without-auth
  io.on("connection", (socket) => {
    socket.on("chat:send", async ({ room, text, userId }) => {
      const msg = await Message.create({ room, text, sender: userId });
      io.to(room).emit("chat:new", msg);
    });
  });
};
