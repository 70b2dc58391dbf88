import { serve } from "https://deno.land/std@0.168.0/http/server.ts";

// `new URL(x)` only checks that x parses: http://169.254.169.254/ does.
async function grab(target: string) {
  // ruleid: node-ssrf-through-helper
  const res = await fetch(new URL(target).toString(), { redirect: "follow" });
  return (await res.text()).slice(0, 100_000);
}

async function grabHref(target: string) {
  // ruleid: node-ssrf-through-helper
  const res = await fetch(new URL(target).href);
  return res.status;
}

// A fixed base with the parameter as the path: the host is ours.
async function grabDoc(path: string) {
  // ok: node-ssrf-through-helper
  const res = await fetch(new URL(path, Deno.env.get("DOCS_ORIGIN")).toString());
  return res.text();
}

// The wrapped name is a constant, not the helper's parameter.
async function ping(note: string) {
  // ok: node-ssrf-through-helper
  const res = await fetch(new URL(STATUS_URL).toString(), { method: "POST", body: note });
  return res.ok;
}

const ALLOWED = new Set(["example.org"]);
async function grabChecked(target: string) {
  const u = new URL(target);
  if (!ALLOWED.has(u.hostname)) throw new Error("host not allowed");
  // ok: node-ssrf-through-helper
  const res = await fetch(new URL(target).toString());
  return res.text();
}

serve(async (req) => {
  const { url, note } = await req.json();
  const content = await grab(url);
  const status = await grabHref(url);
  const doc = await grabDoc(url);
  const up = await ping(note);
  const checked = await grabChecked(url);
  return new Response(JSON.stringify({ content, status, doc, up, checked }), { headers: { "Content-Type": "application/json" } });
});
