"use server";
// fixture-path: app/actions/auth.ts

import { cookies } from "next/headers";

import { adminAuth } from "@/lib/firebase-admin";

const FOURTEEN_DAYS_MS = 14 * 24 * 60 * 60 * 1000;

export async function createSession(idToken: string) {
  const sessionCookie = await adminAuth.createSessionCookie(idToken, { expiresIn: FOURTEEN_DAYS_MS });
  const jar = await cookies();
  // ruleid: js-auth-cookie-without-secure
  jar.set("__session", sessionCookie, {
    maxAge: FOURTEEN_DAYS_MS / 1000,
    httpOnly: false, sameSite: "lax",
    path: "/",
  });
}

export async function refreshSession(idToken: string) {
  const sessionCookie = await adminAuth.createSessionCookie(idToken, { expiresIn: FOURTEEN_DAYS_MS });
  const cookieJar = await cookies();
  // ok: js-auth-cookie-without-secure
  cookieJar.set("__session", sessionCookie, { maxAge: FOURTEEN_DAYS_MS / 1000, httpOnly: true, secure: true, sameSite: "lax", path: "/" });
  // ok: js-auth-cookie-without-secure
  cookieJar.set("theme", "dark");
}
