// fixture-path: app/api/uploads/route.ts
import { NextResponse } from "next/server";
import { writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import crypto from "node:crypto";
import { auth } from "@clerk/nextjs/server";

const UPLOAD_DIR = path.join(process.cwd(), "public", "uploads");

export async function POST(req: Request) {
  const { userId } = await auth();
  if (!userId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const form = await req.formData();
  const file = form.get("file") as File | null;
  if (!file) return NextResponse.json({ error: "No file" }, { status: 400 });

  const bytes = Buffer.from(await file.arrayBuffer());
  // ruleid: formdata-file-name-in-path
  const dest = path.join(UPLOAD_DIR, form.get("folder")?.toString() ?? userId, file.name);

  await mkdir(path.dirname(dest), { recursive: true });
  // ok: formdata-file-name-in-path
  await writeFile(dest, bytes);

  // ruleid: formdata-file-name-in-path
  await writeFile(`${UPLOAD_DIR}/${file.name}`, bytes);


  // ok: formdata-file-name-in-path
  const safe = path.join(UPLOAD_DIR, userId, `${crypto.randomUUID()}${path.extname(file.name)}`);
  // ok: formdata-file-name-in-path
  const base = path.join(process.cwd(), "public");
  return NextResponse.json({ url: dest.replace(base, ""), safe });
}

export async function PUT(req: Request) {
  const form = await req.formData();
  const file = form.get("file") as File;
  // ruleid: formdata-file-name-in-path
  await writeFile(path.join(process.cwd(), "public", file.name), Buffer.from(await file.arrayBuffer()));
  return Response.json({ ok: true });
}

export async function DELETE(req: Request) {
  const form = await req.formData();
  const file = form.get("file") as File;
  const name = `${Date.now()}-${file.name}`;
  const dir = form.get("folder") as string;
  // ruleid: formdata-file-name-in-path
  await writeFile(path.resolve(UPLOAD_DIR, `${Date.now()}-${file.name}`), Buffer.from(await file.arrayBuffer()));
  // A variable after the base in a handler that reads the request: node-path-traversal's finding.
  // ok: formdata-file-name-in-path
  await writeFile(path.join(UPLOAD_DIR, dir, name), Buffer.from(await file.arrayBuffer()));
  return Response.json({ ok: true });
}

export async function PATCH(req: Request) {
  const form = await req.formData();
  const file = form.get("file") as File;
  const target = path.resolve(UPLOAD_DIR, file.name);
  if (!target.startsWith(UPLOAD_DIR + path.sep)) return new Response("Bad name", { status: 400 });
  // ok: formdata-file-name-in-path
  await writeFile(target, Buffer.from(await file.arrayBuffer()));
  return Response.json({ ok: true });
}

// Listing a folder is not an upload.
export async function GET() {
  const entries = await readdir(UPLOAD_DIR, { withFileTypes: true });
  // ok: formdata-file-name-in-path
  return Response.json(entries.map((file) => path.join("/uploads", file.name)));
}
