import { create, getNumericDate } from "https://deno.land/x/djwt@v3.0.1/mod.ts";

const key = await crypto.subtle.importKey(
  "raw",
  new TextEncoder().encode(Deno.env.get("INVITE_JWT_SECRET")),
  { name: "HMAC", hash: "SHA-256" },
  false,
  ["sign", "verify"],
);

Deno.serve(async (req) => {
  const { projectId, email } = await req.json();
  const claims = { pid: projectId, email, role: "editor" };
  // ruleid: djwt-create-without-expiry
  const inviteToken = await create({ alg: "HS256", typ: "JWT" }, claims, key);
  // ruleid: djwt-create-without-expiry
  const share = await create({ alg: "HS256", typ: "JWT" }, { doc: projectId }, key);

  const expiring = { pid: projectId, email, exp: getNumericDate(60 * 60) };
  // ok: djwt-create-without-expiry
  const good = await create({ alg: "HS256", typ: "JWT" }, expiring, key);
  // ok: djwt-create-without-expiry
  const good2 = await create({ alg: "HS256" }, { sub: email, exp: getNumericDate(600) }, key);
  const exp = getNumericDate(60);
  // ok: djwt-create-without-expiry
  const good3 = await create({ alg: "HS256" }, { sub: email, exp }, key);
  // ok: djwt-create-without-expiry
  const row = await supabase.from("invites").insert({ email }).select().single();
  return new Response(JSON.stringify({ inviteToken, share, good, good2, good3, row }));
});

export function signWith(payload: Record<string, unknown>) {
  // ok: djwt-create-without-expiry
  return create({ alg: "HS256", typ: "JWT" }, payload, key);
}
