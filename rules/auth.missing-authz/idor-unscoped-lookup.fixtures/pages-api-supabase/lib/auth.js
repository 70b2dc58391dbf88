import jwt from 'jsonwebtoken'
export async function requireUser(req, res) {
  try {
    return jwt.verify(req.cookies.sid, process.env.JWT_SECRET, { algorithms: ['HS256'] })
  } catch {
    res.status(401).json({ error: 'Unauthorized' })
    return null
  }
}
