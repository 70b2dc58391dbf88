import crypto from 'crypto'
import md5 from 'md5'
import CryptoJS from 'crypto-js'

// Simple password hashing helpers
export const hashPassword = (plain) =>
  // ruleid: node-password-helper-fast-hash
  crypto.createHash('sha256').update(plain).digest('hex')

export const checkPassword = (plain, stored) => hashPassword(plain) === stored

export function encryptPassword(value, salt) {
  // ruleid: node-password-helper-fast-hash
  return md5(salt + value)
}

export async function verifyPassword(input, stored) {
  const data = new TextEncoder().encode(input)
  // ruleid: node-password-helper-fast-hash
  const digest = await crypto.subtle.digest('SHA-256', data)
  return Buffer.from(digest).toString('hex') === stored
}

class UserService {
  hashPwd(s) {
    // ruleid: node-password-helper-fast-hash
    return CryptoJS.SHA256(s).toString()
  }
}

// ok: node-password-helper-fast-hash (the parameter names the password: node-password-fast-hash reports it)
export function hashPassword2(password) {
  return crypto.createHash('sha256').update(password).digest('hex')
}

export function hashPasswordResetToken(token) {
  // ok: node-password-helper-fast-hash (a reset token, not a password)
  return crypto.createHash('sha256').update(token).digest('hex')
}

export function hashPasswordScrypt(plain) {
  const salt = crypto.randomBytes(16).toString('hex')
  // ok: node-password-helper-fast-hash (scrypt with a salt)
  const key = crypto.scryptSync(plain, salt, 64).toString('hex')
  return `${salt}:${key}`
}

export function checkPasswordPbkdf2(plain, stored) {
  const [salt, hash] = stored.split(':')
  const key = crypto.pbkdf2Sync(plain, salt, 310000, 32, 'sha256')
  // ok: node-password-helper-fast-hash (the fast hash only fingerprints a PBKDF2 key)
  return crypto.createHash('sha256').update(key).digest('hex') === hash
}

export function fileChecksum(buf) {
  // ok: node-password-helper-fast-hash
  return crypto.createHash('sha256').update(buf).digest('hex')
}

export async function encodePassword(plain) {
  // ok: node-password-helper-fast-hash (a pre-hash for the slow hash below)
  const pre = crypto.createHash('sha256').update(plain).digest('base64')
  return bcrypt.hash(pre, 12)
}

export const passwordHash = hashPassword('x')
