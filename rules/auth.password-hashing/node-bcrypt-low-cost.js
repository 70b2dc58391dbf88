const bcrypt = require("bcrypt");
const SALT_ROUNDS = 8;
const GOOD_ROUNDS = 12;

async function hashAll(password) {
  // ruleid: node-bcrypt-low-cost
  const a = await bcrypt.hash(password, 8);
  // ruleid: node-bcrypt-low-cost
  const b = bcrypt.hashSync(password, SALT_ROUNDS);
  // ruleid: node-bcrypt-low-cost
  const salt = await bcrypt.genSalt(6);
  const rounds = Number(process.env.BCRYPT_ROUNDS) || 5;
  // ruleid: node-bcrypt-low-cost
  const c = await bcrypt.hash(password, rounds);
  // ok: node-bcrypt-low-cost
  const d = await bcrypt.hash(password, 12);
  // ok: node-bcrypt-low-cost
  const e = await bcrypt.hash(password, GOOD_ROUNDS);
  // ok: node-bcrypt-low-cost
  const f = await bcrypt.hash(password, 10);
  // ok: node-bcrypt-low-cost
  const g = await bcrypt.genSalt();
  return { a, b, salt, c, d, e, f, g };
}
module.exports = { hashAll };
