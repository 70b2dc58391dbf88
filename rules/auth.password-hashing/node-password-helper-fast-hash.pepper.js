// One hash call, one finding: a helper whose hashed value names a password is the general rule's.
const crypto = require('crypto');

function hashPassword(plain) {
  return crypto
    // ruleid: node-password-fast-hash
    // ok: node-password-helper-fast-hash
    .createHash('sha256')
    .update(plain + (process.env.PASSWORD_SALT || 'inv0icely'))
    .digest('hex');
}

function makePasswordHash(plain) {
  // ruleid: node-password-helper-fast-hash
  // ok: node-password-fast-hash
  return crypto.createHash('sha256').update(plain + process.env.PEPPER).digest('hex');
}

function digestPassword(plain) {
  // ruleid: node-password-fast-hash
  // ok: node-password-helper-fast-hash
  return crypto.createHash('sha512').update(plain + process.env.PASSWORD_KEY).digest('hex');
}

function hashPasswordToken(plain) {
  // ok: node-password-fast-hash, node-password-helper-fast-hash (a reset token, by its name)
  return crypto.createHash('sha256').update(passwordResetToken).digest('hex');
}

module.exports = { hashPassword, makePasswordHash, digestPassword, hashPasswordToken };
