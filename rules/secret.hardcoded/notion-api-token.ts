import { Client } from "@notionhq/client";
// ruleid: notion-api-token
const notion = new Client({ auth: "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" });
// ok: notion-api-token
const notion2 = new Client({ auth: process.env.NOTION_TOKEN });
// ok: notion-api-token
const hint = "ntn_your_integration_token";
export { notion, notion2, hint };
