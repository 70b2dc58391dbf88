// fixture-path: src/lib/auth.ts
import { betterAuth } from "better-auth";
import { sendEmail } from "./email";

export const auth = betterAuth({
  emailAndPassword: {
    enabled: true,
    minPasswordLength: 6,
    // ruleid: better-auth-email-verification-disabled
    requireEmailVerification: false,
  },
});

export const verified = betterAuth({
  emailAndPassword: {
    enabled: true,
    // ok: better-auth-email-verification-disabled
    requireEmailVerification: true,
  },
  emailVerification: {
    sendOnSignUp: true,
    sendVerificationEmail: async ({ user, url }) => {
      await sendEmail({ to: user.email, subject: "Verify", text: url });
    },
  },
});

export const fromEnv = betterAuth({
  emailAndPassword: {
    enabled: true,
    // ok: better-auth-email-verification-disabled
    requireEmailVerification: process.env.NODE_ENV === "production",
  },
});
