import { io } from "socket.io-client";
import { db } from "./db";

const socket = io(import.meta.env.VITE_API_URL, { auth: { token: localStorage.getItem("token") } });
// ok: socketio-connection-without-auth (the client library)
socket.on("connection", async (msg) => {
  await db.messages.create(msg);
});
