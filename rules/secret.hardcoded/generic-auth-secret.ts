import NextAuth from "next-auth";

export const { handlers, auth } = NextAuth({
  providers: [],
  // ruleid: generic-auth-secret
  secret: "X5En7oI8QNdhDU0x8SxOUkJ3CQePOVS8",
});
// ok: generic-auth-secret
export const cfg = { secret: process.env.AUTH_SECRET };
