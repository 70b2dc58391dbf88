import { Octokit } from "@octokit/rest";
// ruleid: github-personal-access-token
const octokit = new Octokit({ auth: "ghp_JcW40prMncfmmOJtOIoAa5kNCQKPnuqWSFHz" });
// ok: github-personal-access-token
const octokit2 = new Octokit({ auth: process.env.GITHUB_TOKEN });
// ok: github-personal-access-token
const docs = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
export { octokit, octokit2, docs };
