import { PostHog } from "posthog-node";
// ok: posthog-personal-api-key
const client = new PostHog("phc_RTEQxTu7JLDw0dyDzgp1SePY7IaocSeQCdPeIDR2ExR", { host: "https://eu.i.posthog.com" });
// ruleid: posthog-personal-api-key
const flags = new PostHog("phc_RTEQxTu7JLDw0dyDzgp1SePY7IaocSeQCdPeIDR2ExR", { personalApiKey: "phx_lIUTLrZK9eZtRvheGdTdCIXNrXqbGIxGvBeGUv0R6nL" });
// ok: posthog-personal-api-key
const flags2 = new PostHog("phc_RTEQxTu7JLDw0dyDzgp1SePY7IaocSeQCdPeIDR2ExR", { personalApiKey: process.env.POSTHOG_PERSONAL_API_KEY });
export { client, flags, flags2 };
