import express from "express";
import helmet from "helmet"; // installed, never applied
// ruleid: no-security-headers
const app = express();
// app.use(helmet());
app.listen(3000);
