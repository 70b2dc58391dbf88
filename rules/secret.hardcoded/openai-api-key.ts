import OpenAI from "openai";

// ruleid: openai-api-key
const client = new OpenAI({ apiKey: "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" });

// ruleid: openai-api-key
const legacy = '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';

// ok: openai-api-key
const fromEnv = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

// ok: openai-api-key
const placeholder = "sk-proj-your-key-goes-here-T3BlbkFJ-replace-me-please-now";

// ok: openai-api-key
const notAKey = "task-proj-scheduler-T3BlbkFJ"; // too short on both sides

export { client, legacy, fromEnv, placeholder, notAKey };
