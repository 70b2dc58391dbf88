import { pool } from "./db";

export async function acceptInvite(token: string, userId: string) {
  // ruleid: invite-token-without-expiry
  const { rows } = await pool.query("SELECT id, team_id FROM team_invites WHERE token = $1 AND accepted_at IS NULL", [token]);
  if (!rows[0]) throw new Error("Invalid invite");
  await pool.query("INSERT INTO members (team_id, user_id) VALUES ($1, $2)", [rows[0].team_id, userId]);
}
