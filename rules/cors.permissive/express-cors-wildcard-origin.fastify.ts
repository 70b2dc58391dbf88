import Fastify from "fastify";
import cors from "@fastify/cors";

const app = Fastify();
// ruleid: express-cors-wildcard-origin
await app.register(cors, { origin: "*" });
// ruleid: express-cors-wildcard-origin
await app.register(cors);
// ok: express-cors-wildcard-origin
await app.register(cors, { origin: ["https://app.example.com"] });
