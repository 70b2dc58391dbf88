// fixture-path: app/actions/auth.ts
'use server'

import { headers, cookies } from 'next/headers'
import { createServerClient } from '@supabase/ssr'

function supabaseServer() {
  return createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    cookies: { get: (n: string) => cookies().get(n)?.value },
  })
}

export async function requestPasswordReset(formData: FormData) {
  const email = String(formData.get('email'))
  const h = headers()
  // ruleid: reset-link-from-host-header
  const host = h.get('x-forwarded-host') ?? h.get('host')
  await supabaseServer().auth.resetPasswordForEmail(email, {
    redirectTo: `https://${host}/auth/callback?next=/settings/password`,
  })
  return { ok: true }
}

export async function sendMagicLink(formData: FormData) {
  const email = String(formData.get('email'))
  const headerList = await headers()
  // ruleid: reset-link-from-host-header
  const origin = headerList.get('origin')
  await supabaseServer().auth.signInWithOtp({ email, options: { emailRedirectTo: `${origin}/auth/callback` } })
  return { ok: true }
}

export async function requestPasswordResetSafe(formData: FormData) {
  const email = String(formData.get('email'))
  const h = headers()
  // ok: reset-link-from-host-header (not the host: the language of the e-mail)
  const lang = h.get('accept-language') ?? 'en'
  const settings = new Map([['host', 'mail.internal']])
  // ok: reset-link-from-host-header (a config map, not the request's headers)
  const smtpHost = settings.get('host')
  // ok: reset-link-from-host-header (configured site URL)
  const redirectTo = `${process.env.NEXT_PUBLIC_SITE_URL}/auth/callback?next=/settings/password`
  await supabaseServer().auth.resetPasswordForEmail(email, { redirectTo })
  return { ok: true, lang, smtpHost }
}

export async function trackVisit() {
  const h = headers()
  // ok: reset-link-from-host-header (not about a reset or verification link)
  const host = h.get('host')
  return { host }
}
