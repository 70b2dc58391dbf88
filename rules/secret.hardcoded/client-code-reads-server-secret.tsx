import OpenAI from "openai";
import { createClient } from "@supabase/supabase-js";

// ruleid: client-code-reads-server-secret
const apiKey = import.meta.env.VITE_OPENAI_API_KEY;
const openai = new OpenAI({
  apiKey,
  // ok: client-code-reads-server-secret (one finding per key: the read above)
  dangerouslyAllowBrowser: true,
});

// ok: client-code-reads-server-secret
const supabaseUrl = import.meta.env.VITE_SUPABASE_URL;
// ok: client-code-reads-server-secret
const anon = import.meta.env.VITE_SUPABASE_ANON_KEY;
// Reported once, as `supabase-service-role-in-client`.
// ok: client-code-reads-server-secret
const admin = createClient(supabaseUrl, import.meta.env.VITE_SUPABASE_SERVICE_ROLE_KEY);
// ok: client-code-reads-server-secret
const stripePk = process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY;
// ok: client-code-reads-server-secret
const serverOnly = process.env.OPENAI_API_KEY;
// ruleid: client-code-reads-server-secret
const adminToken = import.meta.env.VITE_ADMIN_TOKEN;
// ok: client-code-reads-server-secret
const firebaseKey = import.meta.env.VITE_FIREBASE_API_KEY;
// ruleid: client-code-reads-server-secret
const blobToken = process.env.NEXT_PUBLIC_BLOB_READ_WRITE_TOKEN;
// ruleid: client-code-reads-server-secret
const internal = { "x-internal-token": import.meta.env.VITE_INTERNAL_API_TOKEN };
// ruleid: client-code-reads-server-secret
const cms = process.env.NEXT_PUBLIC_SANITY_WRITE_TOKEN;
// ok: client-code-reads-server-secret
const cmsRead = process.env.NEXT_PUBLIC_SANITY_READ_TOKEN;
// ok: client-code-reads-server-secret
const blobBase = process.env.NEXT_PUBLIC_BLOB_BASE_URL;
// ok: client-code-reads-server-secret
const mapbox = process.env.NEXT_PUBLIC_MAPBOX_ACCESS_TOKEN;
// Analytics write keys (Segment, RudderStack) are meant for the browser.
// ok: client-code-reads-server-secret
const segment = process.env.NEXT_PUBLIC_SEGMENT_WRITE_KEY;

export async function ask(q: string) {
  const r = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: q }] });
  return [r, anon, admin, stripePk, serverOnly, firebaseKey, adminToken, blobToken, internal, cms, cmsRead, blobBase, mapbox, segment];
}
