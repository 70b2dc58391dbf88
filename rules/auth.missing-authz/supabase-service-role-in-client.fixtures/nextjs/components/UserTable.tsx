'use client'

import { createClient } from '@supabase/supabase-js'

export function UserTable() {
  // ruleid: supabase-service-role-in-client
  const admin = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY!)
  // ok: supabase-service-role-in-client
  const anon = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!)
  return null
}
