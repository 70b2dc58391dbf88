// fixture-path: src/lib/auth.ts
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { db } from "@/db";

export const auth = betterAuth({
  database: drizzleAdapter(db, { provider: "pg" }),
  emailAndPassword: { enabled: true },
  advanced: {
    // ruleid: better-auth-csrf-check-disabled
    disableCSRFCheck: true,
  },
});

export const legacy = betterAuth({
  // ruleid: better-auth-csrf-check-disabled
  advanced: { disableOriginCheck: true },
});

export const testOnly = betterAuth({
  advanced: {
    // ok: better-auth-csrf-check-disabled
    disableCSRFCheck: process.env.NODE_ENV === "test",
    // ok: better-auth-csrf-check-disabled
    disableOriginCheck: false,
  },
});

export const commented = betterAuth({
  advanced: {
    // ok: better-auth-csrf-check-disabled
    // disableCSRFCheck: true,
    useSecureCookies: true,
  },
});
