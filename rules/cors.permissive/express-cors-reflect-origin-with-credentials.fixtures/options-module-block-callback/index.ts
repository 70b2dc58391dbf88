import express from "express";
import cors from "cors";
import { corsOptions } from "./cors.js";

const app = express();
// ruleid: express-cors-reflect-origin-with-credentials
app.use(cors(corsOptions));
app.get("/api/me", (req, res) => res.json({ ok: true }));
app.listen(4000);
