import GoogleProvider from "next-auth/providers/google";

export const google = GoogleProvider({
  clientId: "489102578156-tdt1n5gzvbdhdm9eftcingftyn4sru8w.apps.googleusercontent.com",
  // ruleid: google-oauth-client-secret
  clientSecret: "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",
});
// ok: google-oauth-client-secret
export const google2 = GoogleProvider({ clientId: process.env.GOOGLE_CLIENT_ID!, clientSecret: process.env.GOOGLE_CLIENT_SECRET! });
