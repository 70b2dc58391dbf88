function issueReset(user) {
  // ruleid: js-math-random-for-secret
  const resetToken = Math.random().toString(36).substring(2);
  // ruleid: js-math-random-for-secret
  const otp = Math.floor(100000 + Math.random() * 900000);
  // ruleid: js-math-random-for-secret
  user.tempPassword = Math.random().toString(36).slice(-10);
  return { resetToken, otp };
}

function generateApiKey() {
  let key = "";
  for (let i = 0; i < 32; i++) {
    // ruleid: js-math-random-for-secret
    key += chars[Math.floor(Math.random() * chars.length)];
  }
  return key;
}

function ui(items) {
  // ok: js-math-random-for-secret
  const delay = Math.random() * 1000;
  // ok: js-math-random-for-secret
  const color = colors[Math.floor(Math.random() * colors.length)];
  // ok: js-math-random-for-secret
  const shuffled = items.sort(() => Math.random() - 0.5);
  // ok: js-math-random-for-secret
  const tokenSafe = require("crypto").randomBytes(32).toString("hex");
  return { delay, color, shuffled, tokenSafe };
}
module.exports = { issueReset, generateApiKey, ui };

function getRandomColorCode() {
  // ok: js-math-random-for-secret
  return "#" + Math.floor(Math.random() * 0xffffff).toString(16).padStart(6, "0");
}

function generateInviteCode() {
  // ruleid: js-math-random-for-secret
  return Math.random().toString(36).slice(2, 8).toUpperCase();
}
module.exports.more = { getRandomColorCode, generateInviteCode };
