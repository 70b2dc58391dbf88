'use server'

import { createClient } from '@/lib/supabase/server'

// ruleid: endpoint-missing-rate-limit
export async function sendMagicLink(formData: FormData) {
  const supabase = createClient()
  await supabase.auth.signInWithOtp({ email: String(formData.get('email')) })
}
