import NextAuth from "next-auth";

export const { handlers, auth } = NextAuth({
  providers: [],
  // ruleid: generic-auth-secret
  secret: "X5En7oI8QNdhDU0x8SxOUkJ3CQePOVS8",
});
// ok: generic-auth-secret
export const cfg = { secret: process.env.AUTH_SECRET };

export const authjs = NextAuth({
  session: { strategy: "jwt" },
  // ruleid: generic-auth-secret
  secret: process.env.AUTH_SECRET || "projecthub-dev-secret",
  providers: [],
});

export const authjsEnvOnly = NextAuth({
  // ok: generic-auth-secret
  secret: process.env.AUTH_SECRET,
  providers: [],
});
