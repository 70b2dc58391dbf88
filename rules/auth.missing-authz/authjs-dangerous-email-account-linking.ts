import NextAuth from "next-auth";
import Google from "next-auth/providers/google";
import GitHub from "next-auth/providers/github";

export const { handlers, auth, signIn, signOut } = NextAuth({
  providers: [
    // ruleid: authjs-dangerous-email-account-linking
    Google({ allowDangerousEmailAccountLinking: true }),
    // One finding per file: this one is listed in the first one's message.
    // ok: authjs-dangerous-email-account-linking
    GitHub({ allowDangerousEmailAccountLinking: true }),
  ],
});

export const strict = NextAuth({
  providers: [
    // ok: authjs-dangerous-email-account-linking
    Google({ allowDangerousEmailAccountLinking: false }),
    // ok: authjs-dangerous-email-account-linking
    GitHub({ clientId: process.env.GITHUB_ID, clientSecret: process.env.GITHUB_SECRET }),
  ],
});
// ok: authjs-dangerous-email-account-linking
// Google({ allowDangerousEmailAccountLinking: true }),
