import Database from "better-sqlite3";
import mysql from "mysql2/promise";
import postgres from "postgres";

const db = new Database("app.db");
const sql = postgres(process.env.DATABASE_URL!);

export async function find(email: string, conn: mysql.Connection) {
  // ruleid: node-sql-query-interpolation
  const row = db.prepare(`SELECT * FROM users WHERE email = '${email}'`).get();
  // ok: node-sql-query-interpolation
  const safe = db.prepare("SELECT * FROM users WHERE email = ?").get(email);
  // ruleid: node-sql-query-interpolation
  const [rows] = await conn.execute("SELECT * FROM users WHERE email = '" + email + "'");
  // ok: node-sql-query-interpolation
  const [rows2] = await conn.execute("SELECT * FROM users WHERE email = ?", [email]);
  // ok: node-sql-query-interpolation
  const [rows3] = await conn.query("SELECT * FROM users WHERE email = " + conn.escape(email));
  // ok: node-sql-query-interpolation
  const users = await sql`SELECT * FROM users WHERE email = ${email}`;
  // ruleid: node-sql-query-interpolation
  const raw = await sql.unsafe(`SELECT * FROM users WHERE email = '${email}'`);
  // ok: node-sql-query-interpolation
  const cached = cache.get(`user:${email}`);
  return { row, safe, rows, rows2, rows3, users, raw, cached };
}

// The SQL is built by a helper of this file and run where the request values go in.
function buildActivityQuery(sortBy: string, dir: string) {
  return `SELECT day, count(*) AS n FROM uploads WHERE "userId" = $1 GROUP BY day ORDER BY ${sortBy} ${dir}`;
}
const tableCount = (table: string) => `SELECT count(*) FROM ${table}`;

export async function activity(req: { query: Record<string, string>; user: { id: string } }, pool: any) {
  const { sort = "day", dir = "DESC" } = req.query;
  // ruleid: node-sql-query-interpolation
  const rows = await pool.query(buildActivityQuery(sort, dir), [req.user.id]);
  // ok: node-sql-query-interpolation
  const n = await pool.query(tableCount("uploads"));
  return { rows, n };
}

// Column aliases (`name as customer_name`) inside the SQL are not TypeScript casts.
export async function report(request: Request, pool: any) {
  const { searchParams } = new URL(request.url);
  const status = searchParams.get("status") ?? "paid";
  const sql = `
    select i.id, i.total_cents, c.name as customer_name, c.email as customer_email
      from invoices i left join customers c on c.id = i.customer_id
     where i.status = '${status}'
  `;
  // ruleid: node-sql-query-interpolation
  const { rows } = await pool.query(sql);
  const safe = `select c.name as customer_name from customers c where c.team_id = $1`;
  // ok: node-sql-query-interpolation
  const { rows: more } = await pool.query(safe, [status]);
  return [rows, more];
}
