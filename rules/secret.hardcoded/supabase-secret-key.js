import { createClient } from "@supabase/supabase-js";
// ok: supabase-secret-key
const browser = createClient("https://msvpkmhoxscoualtkfrr.supabase.co", "sb_publishable_c0CJabL8jSFF8abyk5RJCE_ZRDq3oFB");
// ruleid: supabase-secret-key
const server = createClient("https://msvpkmhoxscoualtkfrr.supabase.co", "sb_secret_53HPpf2RVyS6Y6nqa31CSg_aqhGGfMX");
// ok: supabase-secret-key
const server2 = createClient(process.env.SUPABASE_URL, process.env.SUPABASE_SECRET_KEY);
export { browser, server, server2 };
