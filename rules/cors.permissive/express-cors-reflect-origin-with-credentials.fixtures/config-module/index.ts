import express from 'express';
import cors from 'cors';
import { config } from './config';

const app = express();
// ruleid: express-cors-reflect-origin-with-credentials
app.use(cors(config.cors));
app.get('/me', (req, res) => res.json({ ok: true }));
app.listen(4000);
