import { pool } from "./db";

export async function acceptInvite(token: string, userId: string) {
  // ok: invite-token-without-expiry (the query requires an unexpired invite)
  const { rows } = await pool.query("SELECT id, team_id FROM team_invites WHERE token = $1 AND expires_at > now()", [token]);
  if (!rows[0]) throw new Error("Invalid invite");
}
