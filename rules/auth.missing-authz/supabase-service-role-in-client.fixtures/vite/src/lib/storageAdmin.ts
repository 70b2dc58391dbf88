import { createClient } from '@supabase/supabase-js'

// ruleid: supabase-service-role-in-client
const serviceRoleKey = import.meta.env.VITE_SUPABASE_SERVICE_ROLE_KEY
// One finding per file: the fix (move this client to the server) is one.
// ok: supabase-service-role-in-client
export const storageAdmin = createClient(import.meta.env.VITE_SUPABASE_URL, serviceRoleKey, { auth: { persistSession: false } })
