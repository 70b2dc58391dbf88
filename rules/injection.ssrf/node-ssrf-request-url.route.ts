// fixture-path: app/api/fetch-title/route.ts
import { NextResponse } from "next/server";

export async function POST(request: Request) {
  const { url } = await request.json();
  // ruleid: node-ssrf-request-url
  const page = await fetch(url);
  const html = await page.text();
  return NextResponse.json({ title: html.match(/<title>(.*?)<\/title>/)?.[1] });
}

export async function GET(request: Request) {
  const { searchParams } = new URL(request.url);
  // ok: node-ssrf-request-url
  const r = await fetch(`https://api.openweathermap.org/data/2.5/weather?q=${searchParams.get("city")}`);
  return NextResponse.json(await r.json());
}

export async function PUT(req: Request) {
  const target = new URL(req.url).searchParams.get("url");
  // ruleid: node-ssrf-request-url
  const res = await fetch(target!);
  return new Response(await res.text());
}

// A type argument before the call: `axios.get<ArrayBuffer>(url)`.
export async function PATCH(request: Request) {
  const { url } = await request.json();
  if (typeof url !== "string" || !/^https?:\/\//i.test(url)) return new Response("bad url", { status: 400 });
  // ruleid: node-ssrf-request-url
  const res = await axios.get<ArrayBuffer>(url, { responseType: "arraybuffer", timeout: 10_000 });
  // ok: node-ssrf-request-url
  const meta = await axios.get<{ ok: boolean }>("https://status.example.com/api/health");
  return new Response(res.data);
}
