import { io } from "socket.io-client";
import { Server } from "./fake-server";

// ok: socketio-js-cors-reflect-origin-with-credentials (not the socket.io server package)
const s = new Server(3000, { cors: { origin: true, credentials: true } });
const socket = io("https://api.example.com", { withCredentials: true });
