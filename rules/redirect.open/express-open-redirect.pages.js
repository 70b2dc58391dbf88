// fixture-path: pages/api/auth/callback.js
// Pages Router API routes use the same `res.redirect` as Express.
export default async function handler(req, res) {
  const { next } = req.query
  res.setHeader('Set-Cookie', 'session=abc; Path=/; HttpOnly; Secure; SameSite=Lax')
  // ruleid: express-open-redirect
  res.redirect(302, next || '/dashboard')
}

export async function logout(req, res) {
  const { returnTo, reason } = req.body
  // ruleid: express-open-redirect
  res.writeHead(302, { Location: returnTo })
  res.end()
}

export async function checked(req, res) {
  const { next } = req.query
  const dest = typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') ? next : '/dashboard'
  // ok: express-open-redirect
  res.redirect(302, dest)
}

export async function stateOnly(req, res) {
  const { redirect } = req.query
  // ok: express-open-redirect (the login page is fixed; `redirect` only rides along, encoded)
  res.redirect(302, `/login?redirect=${encodeURIComponent(redirect)}`)
}

export async function billing(req, res) {
  const { next } = req.query
  const { url } = await stripe.billingPortal.sessions.create({ customer: req.user.customerId, return_url: process.env.APP_URL })
  // ok: express-open-redirect (the Stripe portal, not `next`)
  res.redirect(303, url)
}

export async function fromSession(req, res) {
  const { redirect } = await getSession(req)
  // ok: express-open-redirect (stored server-side, not read from this request)
  res.redirect(302, redirect || '/')
}
