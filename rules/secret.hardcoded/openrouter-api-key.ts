"use client";
// ruleid: openrouter-api-key
const KEY = "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";
// ok: openrouter-api-key
const KEY2 = process.env.OPENROUTER_API_KEY;
// ok: openrouter-api-key
const SAMPLE = "sk-or-v1-<your-key>";
export { KEY, KEY2, SAMPLE };
