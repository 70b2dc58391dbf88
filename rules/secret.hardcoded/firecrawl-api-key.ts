import FirecrawlApp from "@mendable/firecrawl-js";
// ruleid: firecrawl-api-key
const app = new FirecrawlApp({ apiKey: "fc-656b77ca72d8d5561be98f7f2a87218d" });
// ok: firecrawl-api-key
const app2 = new FirecrawlApp({ apiKey: process.env.FIRECRAWL_API_KEY });
// ok: firecrawl-api-key
const cls = "abc-fc-00d7b19300087e87d61b659f998790c8";
export { app, app2, cls };
