// fixture-path: pages/api/auth/callback.js
// Destructured query values with a default: the default is only the fallback.
export default async function handler(req, res) {
  const { code, next: returnTo = '/dashboard' } = req.query
  // ok: express-open-redirect
  if (!code) return res.redirect('/login')
  // ruleid: express-open-redirect
  res.redirect(302, returnTo)
}

export async function plainDefault(req, res) {
  const { next = '/dashboard' } = req.query
  // ruleid: express-open-redirect
  res.redirect(next)
}

export async function renamedDefault(req, res) {
  const { returnTo = '/account' } = req.body
  // ruleid: express-open-redirect
  res.writeHead(302, { Location: returnTo })
  res.end()
}

export async function fixedPrefix(req, res) {
  const { next = '/dashboard' } = req.query
  const url = '/orders/' + encodeURIComponent(next)
  // ok: express-open-redirect
  res.redirect(302, url)
}

export async function fixedTemplate(req, res) {
  const { next = '/dashboard' } = req.query
  const url = `/welcome?from=${encodeURIComponent(next)}`
  // ok: express-open-redirect
  res.redirect(302, url)
}

export async function checkedDefault(req, res) {
  const { next = '/dashboard' } = req.query
  // ok: express-open-redirect
  res.redirect(302, next.startsWith('/') && !next.startsWith('//') ? next : '/dashboard')
}

const CLIENT_URL = process.env.CLIENT_URL || 'http://localhost:5173'

export async function completeWithConfiguredFallback(req, res) {
  const returnTo = req.query.returnTo
  // ruleid: express-open-redirect
  res.redirect(returnTo || `${CLIENT_URL}/bookings`)
}

export async function completeWithEnvFallback(req, res) {
  // ruleid: express-open-redirect
  res.redirect(req.query.returnTo ?? process.env.APP_URL)
}

export async function fixedConfiguredTarget(req, res) {
  const target = `${CLIENT_URL}/bookings`
  // ok: express-open-redirect
  res.redirect(target || CLIENT_URL)
}
