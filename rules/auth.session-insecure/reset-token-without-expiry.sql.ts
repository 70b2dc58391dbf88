import { Router } from "express";
import { pool } from "../db";
import { generateResetToken } from "../utils/tokens";

const router = Router();

router.post("/forgot-password", async (req, res) => {
  const { rows } = await pool.query("SELECT id FROM users WHERE email = $1", [req.body.email]);
  if (rows[0]) {
    const token = generateResetToken();
    await pool.query("UPDATE users SET reset_token = $1 WHERE id = $2", [token, rows[0].id]);
    await sendMail(req.body.email, token);
  }
  res.json({ message: "If the account exists, a link was sent" });
});

router.post("/reset-password", async (req, res) => {
  const { token, password } = req.body;
  // ruleid: reset-token-without-expiry
  const { rows } = await pool.query("SELECT id FROM users WHERE reset_token = $1", [token]);
  if (rows.length === 0) return res.status(400).json({ error: "Invalid token" });
  await pool.query("UPDATE users SET password_hash = $1 WHERE id = $2", [await hash(password), rows[0].id]);
  res.json({ message: "Password updated" });
});

export default router;
