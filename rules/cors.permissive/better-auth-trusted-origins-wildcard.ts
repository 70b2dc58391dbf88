// fixture-path: src/lib/auth.ts
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { db } from "@/db";

export const auth = betterAuth({
  database: drizzleAdapter(db, { provider: "pg" }),
  emailAndPassword: { enabled: true },
  // ruleid: better-auth-trusted-origins-wildcard
  trustedOrigins: ["*"],
});

export const multiline = betterAuth({
  trustedOrigins: [
    "http://localhost:3000",
    // ruleid: better-auth-trusted-origins-wildcard
    "https://*",
  ],
});

export const scoped = betterAuth({
  // ok: better-auth-trusted-origins-wildcard
  trustedOrigins: ["https://*.acme-dashboard.com", "exp://**", "http://localhost:3000"],
});

export const fromEnv = betterAuth({
  // ok: better-auth-trusted-origins-wildcard
  trustedOrigins: [process.env.APP_URL!],
});

export const commented = betterAuth({
  trustedOrigins: [
    "https://app.acme-dashboard.com",
    // ok: better-auth-trusted-origins-wildcard
    // "*",
  ],
});
