// fixture-path: src/lib/auth.ts
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { db } from "@/db";

export const auth = betterAuth({
  database: drizzleAdapter(db, { provider: "pg" }),
  emailAndPassword: { enabled: true },
  user: {
    additionalFields: {
      // ruleid: better-auth-privileged-field-user-input
      role: { type: "string", defaultValue: "member", input: true },
    },
  },
});

// `input` left out: Better Auth's default is true.
export const defaults = betterAuth({
  user: {
    additionalFields: {
      // ok: better-auth-privileged-field-user-input
      company: { type: "string", required: false },
      // ok: better-auth-privileged-field-user-input
      orgId: { type: "string", references: { model: "organization", field: "id" } },
      // ok: better-auth-privileged-field-user-input
      role: {
        type: "string",
        defaultValue: "user",
        input: false,
      },
      // ruleid: better-auth-privileged-field-user-input
      plan: {
        type: "string",
        defaultValue: "free",
        required: false,
      },
    },
  },
});

export const serverOnly = betterAuth({
  user: {
    additionalFields: {
      // ok: better-auth-privileged-field-user-input
      role: { type: "string", defaultValue: "member", input: false },
      // ok: better-auth-privileged-field-user-input
      nickname: { type: "string", input: true },
    },
  },
  session: {
    additionalFields: {
      // ok: better-auth-privileged-field-user-input
      role: { type: "string" },
    },
  },
});
