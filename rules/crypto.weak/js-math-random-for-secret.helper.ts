// fixture-path: functions/src/index.ts
// A bare `genCode()` helper: what the app does with its value decides whether it is a secret.
import { onRequest } from "firebase-functions/v2/https";
import { db } from "./lib/firebaseAdmin";

// ruleid: js-math-random-for-secret
const genCode = (digits = 6) => String(Math.floor(Math.random() * 10 ** digits)).padStart(digits, "0");

export const requestAccess = onRequest(async (req, res) => {
  const email = String(req.body.email || "").toLowerCase();
  const code = genCode();
  await db.doc(`loginCodes/${email}`).set({ code, createdAt: Date.now() });
  res.json({ sent: true });
});

// ok: js-math-random-for-secret
const makeCouponDigits = () => String(Math.floor(Math.random() * 1e6));

export const issueCoupon = onRequest(async (req, res) => {
  const coupon = makeCouponDigits();
  await db.collection("coupons").add({ coupon, percent: 10 });
  res.json({ coupon });
});

function pickPinColor() {
  // ok: js-math-random-for-secret
  return palette[Math.floor(Math.random() * palette.length)];
}

export const mapPins = onRequest(async (_req, res) => {
  const pinColor = pickPinColor();
  res.json({ pinColor });
});

export function mailVerification(send: (to: string, body: string) => Promise<void>, to: string) {
  // ruleid: js-math-random-for-secret
  const code = Math.random().toString(36).slice(2, 8);
  return send(to, `Your verification code is ${code}`);
}


export function roomName() {
  // ok: js-math-random-for-secret
  const code = Math.random().toString(36).slice(2, 8);
  return `room-${code}`;
}

export function signInCode(email: string) {
  // ruleid: js-math-random-for-secret
  const code = String(Math.floor(Math.random() * 1e6)).padStart(6, "0");
  return db.collection("signInCodes").doc(email).set({ code });
}

// A helper named for the secret it returns, with no verb in front.
function resetToken() {
  // ruleid: js-math-random-for-secret
  return Math.random().toString(36).slice(2, 10);
}

// ruleid: js-math-random-for-secret
const inviteSecret = () => Math.random().toString(36).slice(2);

function shuffleTokens(tokens: string[]) {
  // ok: js-math-random-for-secret
  return tokens.sort(() => Math.random() - 0.5);
}

function mockToken() {
  // ok: js-math-random-for-secret
  return "tok_" + Math.random().toString(36).slice(2);
}

export const reset = onRequest(async (req, res) => {
  await db.doc(`resets/${req.body.email}`).set({ token: resetToken(), sid: inviteSecret(), t: shuffleTokens([]), m: mockToken() });
  res.json({ ok: true });
});
