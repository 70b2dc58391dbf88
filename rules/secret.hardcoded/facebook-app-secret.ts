import Facebook from "next-auth/providers/facebook";
// ruleid: facebook-app-secret
export const fb = Facebook({ clientId: "4774525208710317", clientSecret: "8911ccd8176297d7beff899e2f5154a7" });
// ok: facebook-app-secret
export const fb2 = Facebook({ clientId: process.env.FACEBOOK_CLIENT_ID!, clientSecret: process.env.FACEBOOK_CLIENT_SECRET! });
