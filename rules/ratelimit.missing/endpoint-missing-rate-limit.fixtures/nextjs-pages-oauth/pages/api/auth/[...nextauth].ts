import NextAuth from "next-auth";
import GitHubProvider from "next-auth/providers/github";

// ok: endpoint-missing-rate-limit
export default NextAuth({
  providers: [GitHubProvider({ clientId: process.env.GITHUB_ID!, clientSecret: process.env.GITHUB_SECRET! })],
});
