import OpenAI from "openai";

// ruleid: xai-api-key
const grok = new OpenAI({ apiKey: "xai-Nq8A80wmLLA8rhz303f9yl9bHgy0T3w9Ifr9xeeJt9uVvAhXW83AO64yOa53j1sKDcy86ar5ZMIPDQLB", baseURL: "https://api.x.ai/v1" });
// ok: xai-api-key
const grok2 = new OpenAI({ apiKey: process.env.XAI_API_KEY, baseURL: "https://api.x.ai/v1" });
// ok: xai-api-key
const docs = "xai-...";
// ok: xai-api-key
const shortOne = "xai-G6GgJ5AlH8P8pK4uscQhrh8c0kmQRx";
export { grok, grok2, docs, shortOne };
