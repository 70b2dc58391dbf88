import Auth0Provider from "next-auth/providers/auth0";

export const providers = [
  Auth0Provider({
    clientId: "Zersmu1QOtI10hjZZUrxFmKDIauOxtuZ",
    // ruleid: auth0-client-secret
    clientSecret: "shh4eZu-r0x8H_XOpic6ml1_GVGNs2_I55FNQO9C4NUQKe3e_jg6707FxCp-fi2R",
    issuer: "https://demo-tenant.eu.auth0.com",
  }),
  Auth0Provider({
    clientId: process.env.AUTH0_CLIENT_ID!,
    // ok: auth0-client-secret
    clientSecret: process.env.AUTH0_CLIENT_SECRET!,
    issuer: process.env.AUTH0_ISSUER,
  }),
];
