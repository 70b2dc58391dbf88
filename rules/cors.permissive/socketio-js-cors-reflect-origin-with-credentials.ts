import { createServer } from "http";
import { Server } from "socket.io";

const httpServer = createServer();

const a = new Server(httpServer, {
  // ruleid: socketio-js-cors-reflect-origin-with-credentials
  cors: { origin: true, credentials: true },
});

const b = new Server(httpServer, {
  path: "/rt",
  cors: {
    credentials: true,
    // ruleid: socketio-js-cors-reflect-origin-with-credentials
    origin: function (origin, cb) {
      cb(null, origin);
    },
  },
});

const c = new Server(httpServer, {
  // ok: socketio-js-cors-reflect-origin-with-credentials (an explicit list)
  cors: { origin: ["https://app.example.com"], credentials: true },
});

const d = new Server(httpServer, {
  // ok: socketio-js-cors-reflect-origin-with-credentials (no credentials: cookies are not sent)
  cors: { origin: true },
});

const e = new Server(httpServer, {
  // ok: socketio-js-cors-reflect-origin-with-credentials ("*" with credentials is refused by browsers)
  cors: { origin: "*", credentials: true },
});

const f = new Server(httpServer, {
  cors: {
    // ok: socketio-js-cors-reflect-origin-with-credentials (the callback checks a list)
    origin: (origin, cb) => cb(null, !origin || ALLOWED.includes(origin)),
    credentials: true,
  },
});

const g = new Server(httpServer, {
  // ok: socketio-js-cors-reflect-origin-with-credentials
  cors: { origin: process.env.CLIENT_URL, credentials: true },
});
