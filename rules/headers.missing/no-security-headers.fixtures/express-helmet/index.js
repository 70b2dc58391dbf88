import express from "express";
import { security } from "./security.js";
// ok: no-security-headers
const app = express();
app.use(security);
