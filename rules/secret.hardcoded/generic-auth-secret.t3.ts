// fixture-path: src/server/auth.ts
import type { NextAuthOptions } from "next-auth";
import GithubProvider from "next-auth/providers/github";

export const authOptions: NextAuthOptions = {
  // ruleid: generic-auth-secret
  secret: process.env.NEXTAUTH_SECRET ?? "inkwell-dev-secret",
  session: { strategy: "jwt" },
  providers: [GithubProvider({ clientId: process.env.GITHUB_ID!, clientSecret: process.env.GITHUB_SECRET! })],
};

export const authOptionsEnvOnly: NextAuthOptions = {
  // ok: generic-auth-secret
  secret: process.env.NEXTAUTH_SECRET,
  providers: [],
};
