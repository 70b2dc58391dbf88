const express = require("express");
// ok: no-health-endpoint
const app = express();
app.get("/healthz", (req, res) => res.json({ ok: true }));
app.listen(3000);
