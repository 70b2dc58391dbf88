// fixture-path: app/api/ai/summarize/route.ts
import { NextResponse } from "next/server";
import OpenAI from "openai";

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

type ChatMessage = { role: "system" | "user" | "assistant"; content: string };

export async function POST(req: Request) {
  const { messages, tags } = (await req.json()) as { messages: ChatMessage[]; tags: string[] };
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "You are the reading assistant. Tags: " + tags.join(", ") },
      // ruleid: llm-client-history-overrides-system-prompt
      ...messages,
    ],
  });
  return NextResponse.json({ answer: completion.choices[0]?.message?.content ?? "" });
}

export async function PUT(req: Request) {
  const { messages } = (await req.json()) as { messages: ChatMessage[] };
  const safe = messages.map((m) => ({ role: m.role === "assistant" ? "assistant" : "user", content: m.content }));
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "You are the reading assistant." },
      // ok: llm-client-history-overrides-system-prompt (roles rewritten)
      ...safe,
    ],
  });
  return NextResponse.json({ answer: completion.choices[0]?.message?.content ?? "" });
}

export async function PATCH(req: Request) {
  const body = await req.json();
  const extra = { temperature: 0.2 };
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    // ok: llm-client-history-overrides-system-prompt (only the user's text, as a user turn)
    ...extra,
    messages: [{ role: "system", content: "Summarize." }, { role: "user", content: String(body.text) }],
  });
  return NextResponse.json({ answer: completion.choices[0]?.message?.content ?? "" });
}
