import { Router } from "express";
import { pool } from "../db";
import { generateResetToken } from "../utils/tokens";

const router = Router();

router.post("/forgot-password", async (req, res) => {
  const { rows } = await pool.query("SELECT id FROM users WHERE email = $1", [req.body.email]);
  if (rows[0]) {
    const token = generateResetToken();
    await pool.query(
      "UPDATE users SET reset_token = $1, reset_expires = now() + interval '30 minutes' WHERE id = $2",
      [token, rows[0].id],
    );
  }
  res.json({ message: "If the account exists, a link was sent" });
});

router.post("/reset-password", async (req, res) => {
  const { token } = req.body;
  // ok: reset-token-without-expiry (the query requires an unexpired token)
  const { rows } = await pool.query("SELECT id FROM users WHERE reset_token = $1 AND reset_expires > now()", [token]);
  res.json({ ok: rows.length > 0 });
});

export default router;
