import http from 'http';
import express from 'express';
import { Server } from 'socket.io';
import { registerChat } from './chat';

const app = express();
const server = http.createServer(app);
const io = new Server(server);
registerChat(io);
server.listen(4000);
