import { createClient } from '@supabase/supabase-js'

// ok: supabase-service-role-in-client
export const supabase = createClient(import.meta.env.VITE_SUPABASE_URL, import.meta.env.VITE_SUPABASE_ANON_KEY)
