import { NextResponse } from "next/server";
import { supabaseAdmin } from "@/lib/supabase";
import OpenAI from "openai";

const openai = new OpenAI({ apiKey: "sk-proj-Vb7nQ2xL9kR4tW8yZ1cF5gH3jM6pS0dA2eU7iO4uYtRmXq9LkT3BlbkFJ8hZ2wQ5nV1cX7bM4kL9pJ3gF6dS0aE2rT8yU1iO5pW7qZ4x" });

// POST /api/admin/export  { table, summary }
export async function POST(req: Request) {
  const { table, summary } = await req.json();
  const { data } = await supabaseAdmin.from(table).select("*");

  let text = "";
  if (summary) {
    const completion = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "Summarise these rows: " + JSON.stringify(data) }],
    });
    text = completion.choices[0].message.content ?? "";
  }
  return NextResponse.json({ rows: data, summary: text });
}
