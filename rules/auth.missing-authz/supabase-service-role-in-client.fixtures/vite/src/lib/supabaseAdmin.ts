import { createClient } from '@supabase/supabase-js'

// ruleid: supabase-service-role-in-client
export const supabaseAdmin = createClient(import.meta.env.VITE_SUPABASE_URL, import.meta.env.VITE_SUPABASE_SERVICE_ROLE_KEY)
