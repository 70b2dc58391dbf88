// fixture-path: src/lib/auth.ts
import { betterAuth } from "better-auth";

export const auth = betterAuth({
  emailAndPassword: {
    enabled: true,
    // ruleid: better-auth-short-minimum-password
    minPasswordLength: 6,
    // ok: better-auth-short-minimum-password
    maxPasswordLength: 64,
  },
});

export const strict = betterAuth({
  emailAndPassword: {
    enabled: true,
    // ok: better-auth-short-minimum-password
    minPasswordLength: 12,
  },
});

export const exact = betterAuth({
  // ok: better-auth-short-minimum-password
  emailAndPassword: { enabled: true, minPasswordLength: 8 },
});
