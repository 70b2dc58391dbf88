// fixture-path: src/lib/auth.ts
import { betterAuth } from "better-auth";
import { apiKey } from "better-auth/plugins";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { db } from "@/db";

export const auth = betterAuth({
  database: drizzleAdapter(db, { provider: "pg" }),
  emailAndPassword: { enabled: true },
  // ruleid: better-auth-rate-limit-disabled
  rateLimit: {
    enabled: false,
  },
});

export const pathOff = betterAuth({
  rateLimit: {
    enabled: true,
    customRules: {
      "/get-session": false,
      // ruleid: better-auth-rate-limit-disabled
      "/sign-in/email": false,
    },
  },
});

export const tuned = betterAuth({
  // ok: better-auth-rate-limit-disabled
  rateLimit: {
    window: 60,
    max: 100,
    // ok: better-auth-rate-limit-disabled
    customRules: {
      "/get-session": false,
      "/sign-in/email": { window: 10, max: 3 },
    },
    storage: "database",
  },
});

export const envDriven = betterAuth({
  // ok: better-auth-rate-limit-disabled
  rateLimit: { enabled: process.env.NODE_ENV === "production" },
});

export const keys = betterAuth({
  plugins: [
    apiKey({
      // ok: better-auth-rate-limit-disabled
      rateLimit: { enabled: false },
    }),
  ],
});
