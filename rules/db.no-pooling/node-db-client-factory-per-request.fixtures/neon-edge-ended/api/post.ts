import { withPool } from "../lib/db";

export default async function handler(req: Request) {
  const rows = await withPool((pool) => pool.query("SELECT * FROM posts LIMIT 10"));
  return Response.json(rows.rows);
}

export const config = { runtime: "edge" };
