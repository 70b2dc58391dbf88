import { Server } from "socket.io";
import { prisma } from "./lib/prisma";

export function attach(httpServer: any) {
  const io = new Server(httpServer);
  // ruleid: socketio-connection-without-auth
  io.of("/board").on("connection", (socket) => {
    socket.on("card:move", async ({ cardId, column }) => {
      await prisma.card.update({ where: { id: cardId }, data: { column } });
      socket.broadcast.emit("card:moved", { cardId, column });
    });
  });
  // ok: socketio-connection-without-auth (only relays presence, touches no data)
  io.of("/presence").on("connection", (socket) => {
    socket.on("typing", (room) => socket.to(room).emit("typing"));
  });
}
