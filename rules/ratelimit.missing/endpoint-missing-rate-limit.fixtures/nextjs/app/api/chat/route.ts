import OpenAI from 'openai'
import { Ratelimit } from '@upstash/ratelimit'
import { Redis } from '@upstash/redis'

const openai = new OpenAI()
const ratelimit = new Ratelimit({ redis: Redis.fromEnv(), limiter: Ratelimit.slidingWindow(10, '1 m') })

// ok: endpoint-missing-rate-limit
export async function POST(req: Request) {
  const { success } = await ratelimit.limit(req.headers.get('x-forwarded-for') ?? 'anon')
  if (!success) return new Response('Too many requests', { status: 429 })
  const { messages } = await req.json()
  return Response.json(await openai.chat.completions.create({ model: 'gpt-4o-mini', messages }))
}
