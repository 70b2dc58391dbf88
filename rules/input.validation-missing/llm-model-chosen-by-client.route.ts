// fixture-path: app/api/chat/route.ts
import { streamText, convertToModelMessages } from "ai"
import { openai } from "@ai-sdk/openai"
import { auth } from "@/auth"

const SYSTEM = "You are ProjectHub's assistant. Answer questions about the user's projects only."

export async function POST(req: Request) {
  const session = await auth()
  if (!session?.user) return new Response("Unauthorized", { status: 401 })
  const { messages, system } = await req.json()
  // ruleid: llm-model-chosen-by-client
  const result = streamText({ model: openai("gpt-4o"), system, messages })
  return result.toDataStreamResponse()
}

export async function PUT(req: Request) {
  const { messages, model } = await req.json()
  // ruleid: llm-model-chosen-by-client
  const result = streamText({
    model: openai(model),
    system: SYSTEM,
    messages: convertToModelMessages(messages),
  })
  return result.toUIMessageStreamResponse()
}

export async function PATCH(req: Request) {
  const { messages } = await req.json()
  // ok: llm-model-chosen-by-client
  const result = streamText({ model: openai("gpt-4o-mini"), system: SYSTEM, messages: convertToModelMessages(messages) })
  return result.toUIMessageStreamResponse()
}
