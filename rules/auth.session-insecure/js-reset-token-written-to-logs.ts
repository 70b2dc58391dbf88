// fixture-path: app/login/actions.ts
"use server";
import crypto from "node:crypto";

export async function sendLoginCode(formData: FormData) {
  const email = String(formData.get("email") ?? "");
  const code = crypto.randomInt(100000, 1000000).toString();
  // ruleid: js-reset-token-written-to-logs
  console.log(`[auth] login code for ${email}: ${code}`);
  // ok: js-reset-token-written-to-logs
  console.info("login code sent", { email });
  return { ok: true };
}

export async function requestPasswordReset(email: string) {
  const resetUrl = `https://app.example.com/reset?token=${crypto.randomBytes(32).toString("hex")}`;
  // ruleid: js-reset-token-written-to-logs
  console.log("reset link", resetUrl);
  if (process.env.NODE_ENV !== "production") {
    // ok: js-reset-token-written-to-logs (development only)
    console.log(`dev reset link: ${resetUrl}`);
  }
  return resetUrl;
}

export async function verifyEmail(code: string) {
  const res = await fetch("https://api.example.com/verify", { method: "POST", body: code });
  // ok: js-reset-token-written-to-logs (an HTTP status code)
  console.error("verify failed with status", res.status, code.length);
  return res.ok;
}

export async function refreshSession(token: string) {
  // ok: js-reset-token-written-to-logs (not an issuing step)
  console.log("refreshing", token);
  return token;
}
