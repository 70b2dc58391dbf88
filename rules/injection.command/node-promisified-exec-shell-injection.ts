// fixture-path: app/api/export/route.ts
import { exec, execFile } from "child_process";
import { promisify } from "util";

const run = promisify(exec);

export async function POST(req: Request) {
  const { slug } = await req.json();
  // ruleid: node-promisified-exec-shell-injection
  await run(`pg_dump "$DATABASE_URL" --where="slug='${slug}'" -f /tmp/${slug}.sql`);
  // ruleid: node-promisified-exec-shell-injection
  await run("tar czf /tmp/out.tgz " + slug);
  // ok: node-promisified-exec-shell-injection (a constant command)
  await run("pg_dump --version");
  // ruleid: node-promisified-exec-shell-injection
  await run(["git", "clone", "--depth", "1", slug].join(" "));
  // ok: node-promisified-exec-shell-injection (only literals joined)
  await run(["git", "--version"].join(" "));
  return Response.json({ ok: true });
}

export async function GET() {
  const fileRun = promisify(execFile);
  const name = "report";
  // ok: node-promisified-exec-shell-injection (no promisified exec is named fileRun)
  await fileRun("ls", ["-la", name]);
  return Response.json({ ok: true });
}
