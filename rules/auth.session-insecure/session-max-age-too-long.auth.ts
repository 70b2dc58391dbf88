// fixture-path: auth.ts
import NextAuth from "next-auth";
import GitHub from "next-auth/providers/github";

export const { handlers, auth, signIn, signOut } = NextAuth({
  // ruleid: session-max-age-too-long
  session: { strategy: "jwt", maxAge: 365 * 24 * 60 * 60 },
  providers: [GitHub],
});

export const legacyOptions = {
  // ruleid: session-max-age-too-long
  jwt: {
    maxAge: 60 * 60 * 24 * 90,
  },
  // ok: session-max-age-too-long (the 30-day default)
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
};
