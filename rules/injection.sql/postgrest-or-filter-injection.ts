import { createClient } from "@supabase/supabase-js";

const supabase = createClient(import.meta.env.VITE_SUPABASE_URL, import.meta.env.VITE_SUPABASE_ANON_KEY);

export async function searchTasks(teamId: string, search: string) {
  const term = search.trim();
  return supabase
    .from("tasks")
    .select("*")
    .eq("team_id", teamId)
    // ruleid: postgrest-or-filter-injection
    .or(`title.ilike.%${term}%,description.ilike.%${term}%`);
}

export async function searchPosts(userId: string, q: string) {
  const filter = `and(user_id.eq.${userId},title.ilike.*${q}*),and(is_public.eq.true,title.ilike.*${q}*)`;
  // ruleid: postgrest-or-filter-injection
  return supabase.from("posts").select("id,title").or(filter);
}

export async function fromUrl(searchParams: URLSearchParams) {
  // ruleid: postgrest-or-filter-injection
  return supabase.from("people").select("*").or("name.ilike.%" + searchParams.get("q") + "%");
}

export async function findByTitle(teamId: string, term: string) {
  // The single-column methods encode their value.
  // ok: postgrest-or-filter-injection
  return supabase.from("tasks").select("id,title").eq("team_id", teamId).ilike("title", `%${term}%`);
}

export async function visible(userId: string) {
  // The interpolated value is the signed-in user's id, not search text.
  // ok: postgrest-or-filter-injection
  return supabase.from("posts").select("*").or(`user_id.eq.${userId},is_public.eq.true`);
}

export async function constant() {
  // ok: postgrest-or-filter-injection
  return supabase.from("posts").select("*").or("status.eq.draft,status.eq.review");
}

export async function escaped(search: string) {
  const q = search.replace(/[,()"\\:]/g, " ").trim();
  // ok: postgrest-or-filter-injection
  return supabase.from("tasks").select("*").or(`title.ilike.%${q}%,description.ilike.%${q}%`);
}

export async function quoted(search: string) {
  // ok: postgrest-or-filter-injection
  return supabase.from("tasks").select("*").or(`title.ilike."%${search.replaceAll('"', '\\"')}%"`);
}

// A zod union is not a PostgREST filter.
// ok: postgrest-or-filter-injection
export const id = z.string().or(z.number());
