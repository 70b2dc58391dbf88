// `sign` from another library: not Hono's.
import { sign } from 'jsonwebtoken'
import { createHmac } from 'node:crypto'

export function signWebhook(body: string, secret: string) {
  // ok: hono-jwt-sign-without-exp
  return createHmac('sha256', secret).update(body).digest('hex')
}

export function legacyToken(id: string) {
  // ok: hono-jwt-sign-without-exp
  return sign({ id }, process.env.SECRET!, { expiresIn: '1h' })
}
