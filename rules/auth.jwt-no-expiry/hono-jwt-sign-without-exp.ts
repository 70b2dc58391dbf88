import { Hono } from 'hono'
import { sign, verify } from 'hono/jwt'

const JWT_SECRET = process.env.JWT_SECRET!

export function issueToken(userId: string, role: string) {
  // ruleid: hono-jwt-sign-without-exp
  return sign({ sub: userId, role }, JWT_SECRET)
}

export async function issueShortToken(userId: string) {
  const now = Math.floor(Date.now() / 1000)
  // ok: hono-jwt-sign-without-exp
  return sign({ sub: userId, iat: now, exp: now + 15 * 60 }, JWT_SECRET)
}

export async function issueFromClaims(userId: string) {
  const exp = Math.floor(Date.now() / 1000) + 3600
  const claims = { sub: userId, exp }
  // ok: hono-jwt-sign-without-exp (the exp is in the variable passed)
  return sign(claims, JWT_SECRET, 'HS256')
}

export async function signClaims(claims: Record<string, unknown>) {
  // ok: hono-jwt-sign-without-exp (a parameter: the caller decides)
  return sign(claims, JWT_SECRET)
}

const app = new Hono()
app.post('/login', async (c) => {
  const { id } = await c.req.json()
  const payload = { sub: id, role: 'user' }
  // ruleid: hono-jwt-sign-without-exp
  const token = await sign(payload, JWT_SECRET)
  const ok = await verify(token, JWT_SECRET)
  return c.json({ token, ok })
})
