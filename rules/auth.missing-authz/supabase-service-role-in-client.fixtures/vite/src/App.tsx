// The admin module is browser code and is reported where it reads the key: importing it is
// the same problem, not a second finding.
// ok: supabase-service-role-in-client
import { supabaseAdmin } from './lib/supabaseAdmin'
// ok: supabase-service-role-in-client
import { supabase } from './lib/supabase'

export default function App() {
  return null
}
