import { generateText } from 'ai'
import { openai } from '@ai-sdk/openai'

// ruleid: endpoint-missing-rate-limit
export async function POST(req: Request) {
  const { text } = await req.json()
  const { text: summary } = await generateText({ model: openai('gpt-4o-mini'), prompt: `Summarize: ${text}` })
  return Response.json({ summary })
}
