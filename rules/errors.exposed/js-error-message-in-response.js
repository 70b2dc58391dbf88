const express = require("express");
const app = express();

app.post("/register", (req, res) => {
  db.query("INSERT INTO users (email) VALUES (?)", [req.body.email], (err, result) => {
    // ruleid: js-error-message-in-response
    if (err) return res.status(500).json({ error: err.message });
    // ok: js-error-message-in-response
    res.json({ id: result.insertId, message: "created" });
  });
});

app.get("/items", async (req, res) => {
  try {
    res.json(await load());
  } catch (err) {
    // ok: js-error-message-in-response
    res.status(err instanceof HttpError ? err.status : 500).json({ error: err.expose ? err.message : "Internal error" });
  }
});

app.get("/reports/:id", async (req, res) => {
  try {
    res.json(await buildReport(req.params.id));
  } catch (e) {
    // ok: js-error-message-in-response
    res.status(500).json({ ok: false, reason: "exception", detail: e?.message ?? String(e) });
  }
});
