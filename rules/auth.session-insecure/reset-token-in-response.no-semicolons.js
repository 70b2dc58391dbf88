import { Router } from 'express'
import crypto from 'crypto'
import bcrypt from 'bcryptjs'
import { prisma } from './prisma.js'
import { sendResetEmail } from './mail.js'

const router = Router()

router.post('/forgot-password', async (req, res) => {
  const user = await prisma.user.findUnique({ where: { email: String(req.body.email) } })
  if (!user) {
    // ok: reset-token-in-response (the word is inside an error string)
    return res.status(404).json({ error: 'No account for this reset token' })
  }
  const resetToken = crypto.randomBytes(32).toString('hex')
  await prisma.user.update({ where: { id: user.id }, data: { resetToken } })
  await sendResetEmail(user.email, resetToken)
  // ok: reset-token-in-response
  res.json({ message: 'If that account exists, a reset link was sent' })
})

router.post('/reset-password', async (req, res) => {
  const { token, password } = req.body
  const user = await prisma.user.findFirst({ where: { resetToken: String(token) } })
  // ok: reset-token-in-response (an error message that mentions the token)
  if (!user) return res.status(400).json({ error: 'Invalid token' })
  await prisma.user.update({
    where: { id: user.id },
    data: { passwordHash: await bcrypt.hash(String(password), 12), resetToken: null },
  })
  // ok: reset-token-in-response
  res.json({ ok: true })
})

router.post('/forgot', async (req, res) => {
  const token = crypto.randomBytes(32).toString('hex')
  await prisma.user.update({ where: { email: String(req.body.email) }, data: { resetToken: token } })
  // ruleid: reset-token-in-response
  res.json({ message: 'Reset link sent', 'token': token })
})

router.post('/login-after-reset', async (req, res) => {
  const user = await login(req.body)
  // ok: reset-token-in-response (a session token; the handler above is another function)
  res.json({ token: signJwt(user) })
})

export default router
