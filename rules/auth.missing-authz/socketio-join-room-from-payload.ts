// fixture-path: src/socket/chat.ts
import jwt from "jsonwebtoken";
import type { Server } from "socket.io";
import { prisma } from "../lib/prisma";

export function registerChat(io: Server) {
  // The handshake verifies a JWT and keeps only the user id on the socket.
  io.use((socket, next) => {
    try {
      const claims = jwt.verify(String(socket.handshake.auth.token), process.env.JWT_SECRET!, { algorithms: ["HS256"] });
      socket.data.userId = String((claims as { sub: string }).sub);
      next();
    } catch {
      next(new Error("unauthorized"));
    }
  });
  io.on("connection", (socket) => {
    const user = { sub: socket.data.userId as string };
    // ok: socketio-join-room-from-payload (the user's own room, from the verified identity)
    socket.join(`user:${user.sub}`);

    socket.on("project:join", async (projectId: string, ack?: (r: unknown) => void) => {
      // ruleid: socketio-join-room-from-payload
      socket.join(`project:${projectId}`);
      const history = await prisma.chatMessage.findMany({ where: { projectId: String(projectId) }, take: 50 });
      ack?.({ ok: true, history });
    });

    socket.on("room:enter", ({ roomId }: { roomId: string }) => {
      // ruleid: socketio-join-room-from-payload
      socket.join(roomId);
    });

    socket.on("org:join", async (orgId: string, ack?: (r: unknown) => void) => {
      const membership = await prisma.membership.findUnique({ where: { userId_orgId: { userId: user.sub, orgId } } });
      if (!membership) return ack?.({ ok: false });
      // ok: socketio-join-room-from-payload (membership checked first)
      socket.join(`org:${orgId}`);
      ack?.({ ok: true });
    });
  });
}
