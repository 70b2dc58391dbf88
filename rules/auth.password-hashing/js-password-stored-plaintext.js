const express = require("express");
const bcrypt = require("bcrypt");
const router = express.Router();

router.post("/signup", async (req, res) => {
  const { email, password } = req.body;
  const hashed = await bcrypt.hash(password, 12);
  // ok: js-password-stored-plaintext
  await db.collection("users").insertOne({ email, password: hashed });
  res.status(201).end();
});

router.post("/signup-raw", async (req, res) => {
  // ruleid: js-password-stored-plaintext
  await pool.query("INSERT INTO users (email, password) VALUES ($1, $2)", [req.body.email, req.body.password]);
  // ruleid: js-password-stored-plaintext
  await db.collection("users").insertOne({ email: req.body.email, password: req.body.password });
  // ok: js-password-stored-plaintext
  await db.collection("events").insertOne({ type: "signup", email: req.body.email });
  res.status(201).end();
});

module.exports = router;
