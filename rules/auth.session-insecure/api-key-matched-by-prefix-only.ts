import crypto from "crypto";
import { prisma } from "@/lib/prisma";

export async function verifyApiKey(authorization: string | null) {
  if (!authorization?.startsWith("Bearer ")) return null;
  const provided = authorization.slice("Bearer ".length).trim();
  // ruleid: api-key-matched-by-prefix-only
  const apiKey = await prisma.apiKey.findFirst({ where: { prefix: provided.slice(0, 16), revokedAt: null } });
  return apiKey;
}

export async function verifyApiKeyHashed(authorization: string | null) {
  const provided = (authorization ?? "").replace(/^Bearer /, "");
  // ok: api-key-matched-by-prefix-only (the hash of the whole key is compared afterwards)
  const row = await prisma.apiKey.findFirst({ where: { prefix: provided.slice(0, 16), revokedAt: null } });
  if (!row) return null;
  const given = crypto.createHash("sha256").update(provided).digest();
  const stored = Buffer.from(row.hashedKey, "hex");
  if (given.length !== stored.length || !crypto.timingSafeEqual(given, stored)) return null;
  return row;
}

export async function keyFromSupabase(supabase: any, key: string) {
  // ruleid: api-key-matched-by-prefix-only
  const { data } = await supabase.from("api_keys").select("*").eq("key_prefix", key.slice(0, 12)).single();
  return data;
}

export function shortLabel(key: { prefix: string }) {
  // ok: api-key-matched-by-prefix-only (a label for display, no lookup)
  const label = { name: "key", preview: key.prefix.slice(0, 8) };
  return label;
}

export async function createKey(workspaceId: string) {
  const raw = `td_live_${crypto.randomBytes(24).toString("base64url")}`;
  // ok: api-key-matched-by-prefix-only (the prefix is stored when the key is created)
  await prisma.apiKey.create({ data: { workspaceId, prefix: raw.slice(0, 16), secret: await scrypt(raw) } });
  return raw;
}
