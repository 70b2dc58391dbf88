import { Server as HttpServer } from "http";
import { Server } from "socket.io";
import jwt from "jsonwebtoken";
import { prisma } from "./lib/prisma";

export function initSocket(server: HttpServer) {
  const io = new Server(server, { cors: { origin: process.env.APP_ORIGIN } });

  io.use((socket, next) => {
    try {
      const payload = jwt.verify(socket.handshake.auth?.token, process.env.JWT_SECRET!) as { sub: string };
      socket.data.userId = payload.sub;
      next();
    } catch {
      next(new Error("unauthorized"));
    }
  });

  // ok: socketio-connection-without-auth
  io.on("connection", (socket) => {
    socket.on("message", async ({ room, content }: { room: string; content: string }) => {
      const msg = await prisma.message.create({ data: { room, content, userId: socket.data.userId } });
      io.to(room).emit("message", msg);
    });
  });
}
