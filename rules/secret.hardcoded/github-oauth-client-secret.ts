import GitHubProvider from "next-auth/providers/github";

export const github = GitHubProvider({
  clientId: "Ov23lidWoQHUjO0tsesY",
  // ruleid: github-oauth-client-secret
  clientSecret: "8d547d76bb3cd96f8d1e740de92aeafd61bb049e",
});
// ok: github-oauth-client-secret
export const commit = { sha: "ca575c812743f3c813d86fb301a4f75c827339ed" };
