import { createServer } from "http";
import { Server } from "socket.io";
import { socketCors, apiCors } from "./config";

const httpServer = createServer();
// ruleid: socketio-js-cors-reflect-origin-with-credentials
const io = new Server(httpServer, { cors: socketCors });
// ok: socketio-js-cors-reflect-origin-with-credentials (an explicit list)
const admin = new Server(4001, { cors: apiCors });
httpServer.listen(4000);
