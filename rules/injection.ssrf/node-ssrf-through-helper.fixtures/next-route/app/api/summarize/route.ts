import { NextRequest, NextResponse } from "next/server";

async function fetchPage(target: string) {
  // ruleid: node-ssrf-through-helper
  const res = await fetch(target, { redirect: "follow" });
  return res.text();
}

async function fetchDocs(path: string) {
  // ok: node-ssrf-through-helper
  const res = await fetch(`${process.env.DOCS_ORIGIN}/${path}`);
  return res.text();
}

// Called only with a constant: not request data.
async function fetchStatus(target: string) {
  // ok: node-ssrf-through-helper
  const res = await fetch(target);
  return res.status;
}

export async function POST(req: NextRequest) {
  const { url, page } = await req.json();
  if (!url || !/^https?:\/\//i.test(url)) {
    return NextResponse.json({ error: "bad url" }, { status: 400 });
  }
  const html = await fetchPage(url);
  const docs = await fetchDocs(String(page));
  const up = await fetchStatus("https://status.example.com/api");
  return NextResponse.json({ length: html.length, docs: docs.length, up });
}
