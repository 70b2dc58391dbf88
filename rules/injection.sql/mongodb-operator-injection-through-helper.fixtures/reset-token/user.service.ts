import crypto from 'crypto';
import { User } from './models';

export async function completePasswordReset(token: any, password: string) {
  // ruleid: mongodb-operator-injection-through-helper (critical: a reset-token lookup)
  const user = await User.findOne({ resetToken: token, resetExpires: { $gt: new Date() } });
  if (!user) return false;
  user.set('passwordHash', crypto.scryptSync(password, crypto.randomBytes(16), 64).toString('hex'));
  user.set('resetToken', undefined);
  await user.save();
  return true;
}

export async function verifyEmail(code: unknown) {
  if (typeof code !== 'string') return false;
  // ok: mongodb-operator-injection-through-helper (the service refuses non-strings)
  const user = await User.findOne({ verifyCode: code });
  return Boolean(user);
}

export async function redeemInvite(inviteToken: string) {
  // ok: mongodb-operator-injection-through-helper (the caller casts with String())
  return User.findOne({ inviteToken: inviteToken });
}

export async function findByEmail(email: string) {
  // ok: mongodb-operator-injection-through-helper (the caller parses the body with a schema)
  return User.findOne({ email });
}
