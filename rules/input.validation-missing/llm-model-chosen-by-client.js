import express from "express";
import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";
import rateLimit from "express-rate-limit";
import { requireAuth } from "./auth.js";

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const anthropic = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });
const app = express();
app.use(express.json());
const limiter = rateLimit({ windowMs: 60 * 1000, limit: 20 });
const SYSTEM_PROMPT = "You are PromptPilot, a writing assistant. Only help with the user's drafts.";
const ALLOWED_MODELS = ["gpt-4o-mini", "gpt-4o"];

app.post("/api/chat", requireAuth, limiter, async (req, res, next) => {
  try {
    const { messages, model = "gpt-4o-mini", max_tokens = 512 } = req.body;
    // ruleid: llm-model-chosen-by-client
    const completion = await openai.chat.completions.create({ model, max_tokens, messages });
    res.json(completion.choices[0].message);
  } catch (err) {
    next(err);
  }
});

app.post("/api/complete", requireAuth, limiter, async (req, res) => {
  // ruleid: llm-model-chosen-by-client
  const completion = await openai.chat.completions.create({
    model: req.body.model || "gpt-4o-mini",
    messages: [{ role: "user", content: String(req.body.prompt) }],
  });
  res.json({ text: completion.choices[0].message.content });
});

app.post("/api/persona", requireAuth, limiter, async (req, res) => {
  const { question, systemPrompt } = req.body;
  // ruleid: llm-model-chosen-by-client
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    max_tokens: 400,
    messages: [
      { role: "system", content: systemPrompt },
      { role: "user", content: question },
    ],
  });
  res.json({ text: completion.choices[0].message.content });
});

app.post("/api/claude", requireAuth, limiter, async (req, res) => {
  const body = req.body;
  // ruleid: llm-model-chosen-by-client
  const msg = await anthropic.messages.create({
    model: body.model,
    max_tokens: body.max_tokens,
    messages: [{ role: "user", content: body.prompt }],
  });
  res.json(msg.content);
});

app.post("/api/safe-chat", requireAuth, limiter, async (req, res) => {
  const { messages, model } = req.body;
  const chosen = ALLOWED_MODELS.includes(model) ? model : "gpt-4o-mini";
  // ok: llm-model-chosen-by-client
  const completion = await openai.chat.completions.create({
    model: chosen,
    max_tokens: 512,
    messages: [{ role: "system", content: SYSTEM_PROMPT }, ...messages.filter((m) => m.role !== "system")],
  });
  res.json(completion.choices[0].message);
});

app.post("/api/fixed", requireAuth, limiter, async (req, res) => {
  const { history, maxTokens } = req.body;
  // ok: llm-model-chosen-by-client
  const completion = await openai.chat.completions.create({
    model: process.env.OPENAI_MODEL ?? "gpt-4o-mini",
    max_tokens: Math.min(Number(maxTokens) || 256, 1024),
    messages: [{ role: "system", content: SYSTEM_PROMPT }, ...history.filter((m) => m.role === "user" || m.role === "assistant")],
  });
  res.json(completion.choices[0].message);
});

app.post("/api/checked", requireAuth, limiter, async (req, res) => {
  const { messages, model } = req.body;
  if (!ALLOWED_MODELS.includes(model)) return res.status(400).json({ error: "Unknown model" });
  // ok: llm-model-chosen-by-client
  const completion = await openai.chat.completions.create({ model, max_tokens: 512, messages });
  res.json(completion.choices[0].message);
});

app.post("/api/sms", requireAuth, async (req, res) => {
  const { to, text } = req.body;
  // ok: llm-model-chosen-by-client
  await twilio.messages.create({ body: text, from: process.env.TWILIO_FROM, to });
  res.json({ ok: true });
});

export default app;

export async function proxyChat(req, res) {
  const { messages, model } = req.body;
  if (!isSupportedModel(model)) return res.status(400).json({ error: "Unsupported model" });
  // ok: llm-model-chosen-by-client
  const completion = await openai.chat.completions.create({ model, max_tokens: 512, messages });
  res.json(completion.choices[0].message);
}
