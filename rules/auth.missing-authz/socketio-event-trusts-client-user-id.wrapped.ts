// fixture-path: src/socket/chat.ts
import type { Server, Socket } from "socket.io";
import { prisma } from "../lib/prisma";

type Ack = (r: unknown) => void;
const handler = (socket: Socket, fn: (...a: any[]) => Promise<void>) => (...a: any[]) => fn(...a).catch(() => socket.emit("error"));

export function registerChat(io: Server) {
  io.use((socket, next) => {
    socket.data.user = { sub: String(socket.handshake.auth.token) };
    next();
  });
  io.on("connection", (socket) => {
    const user = socket.data.user;
    socket.on(
      "chat:message",
      handler(socket, async (msg: { projectId: string; userId: string; body: string }) => {
        const saved = await prisma.chatMessage.create({
          // ruleid: socketio-event-trusts-client-user-id
          data: { projectId: msg.projectId, userId: msg.userId, body: msg.body },
        });
        io.to(`project:${msg.projectId}`).emit("chat:message", saved);
      }),
    );
    socket.on("chat:edit", async (msg: { id: string; body: string }, ack?: Ack) => {
      const updated = await prisma.chatMessage.update({
        where: { id: msg.id },
        // ok: socketio-event-trusts-client-user-id (the author comes from the socket)
        data: { body: msg.body, userId: user.sub },
      });
      ack?.(updated);
    });
  });
}

export function auditLog(entry: { userId: string }, session: { userId: string }) {
  // ok: socketio-event-trusts-client-user-id (not a socket event handler)
  return prisma.audit.create({ data: { userId: session.userId, note: String(entry.userId) } });
}
