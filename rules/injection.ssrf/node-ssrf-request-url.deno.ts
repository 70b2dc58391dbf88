// fixture-path: supabase/functions/fetch-plan/index.ts
const ALLOWED_HOSTS = new Set(["docs.stripe.com"]);

Deno.serve(async (req) => {
  const { referenceUrl } = await req.json();
  // ruleid: node-ssrf-request-url
  const page = await fetch(referenceUrl);
  return new Response(await page.text());
});

export async function preview(req: Request) {
  const { previewURL, note }: { previewURL: string; note?: string } = await req.json();
  // ruleid: node-ssrf-request-url
  const r = await fetch(previewURL, { headers: { accept: "text/html" } });
  return new Response(await r.text());
}

export async function status(req: Request) {
  const { planId } = await req.json();
  // ok: node-ssrf-request-url
  const r = await fetch("https://api.stripe.com/v1/prices/" + planId);
  return new Response(await r.text());
}

export async function stored(req: Request) {
  const { id } = await req.json();
  const { data } = supabase.storage.from("docs").getPublicUrl(id);
  const { publicUrl } = data;
  // ok: node-ssrf-request-url
  const file = await fetch(publicUrl);
  return new Response(await file.text());
}

export async function checked(req: Request) {
  const { referenceUrl } = await req.json();
  const u = new URL(referenceUrl);
  if (!ALLOWED_HOSTS.has(u.hostname)) return new Response("no", { status: 400 });
  // ok: node-ssrf-request-url
  const page = await fetch(referenceUrl);
  return new Response(await page.text());
}

export async function configured(req: Request) {
  const { query } = await req.json();
  const { searchUrl } = CONFIG;
  // ok: node-ssrf-request-url
  const r = await fetch(searchUrl, { method: "POST", body: JSON.stringify({ query }) });
  return new Response(await r.text());
}

// `new URL(x)` only proves x parses; http://169.254.169.254/ does.
export async function wrapped(req: Request) {
  const { url } = await req.json();
  // ruleid: node-ssrf-request-url
  const r = await fetch(new URL(url).toString(), { redirect: "follow" });
  return new Response(await r.text());
}

export async function wrappedHref(req: Request) {
  const { sourceUrl } = await req.json();
  // ruleid: node-ssrf-request-url
  const r = await fetch(new URL(sourceUrl).href);
  return new Response(await r.text());
}

export async function based(req: Request) {
  const { url } = await req.json();
  // ok: node-ssrf-request-url
  const r = await fetch(new URL(url, "https://api.example.org").toString());
  return new Response(await r.text());
}
