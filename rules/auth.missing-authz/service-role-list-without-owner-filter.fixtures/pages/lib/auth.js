import jwt from 'jsonwebtoken'
export async function requireUser(req, res) {
  let s = null
  try { s = jwt.verify(req.cookies.sid, process.env.JWT_SECRET, { algorithms: ['HS256'] }) } catch {}
  if (!s) { res.status(401).json({ error: 'Not authenticated' }); return null }
  return { id: s.sub }
}
