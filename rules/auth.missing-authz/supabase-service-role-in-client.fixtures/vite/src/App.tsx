// ruleid: supabase-service-role-in-client
import { supabaseAdmin } from './lib/supabaseAdmin'
// ok: supabase-service-role-in-client
import { supabase } from './lib/supabase'

export default function App() {
  return null
}
