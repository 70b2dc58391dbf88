// fixture-path: functions/src/ai.ts
import { onCall, HttpsError } from 'firebase-functions/v2/https'
import { defineSecret } from 'firebase-functions/params'
import OpenAI from 'openai'

const OPENAI_API_KEY = defineSecret('OPENAI_API_KEY')
const MODELS: Record<string, string> = { fast: 'gpt-4o-mini', smart: 'gpt-4o' }

export const generateDescription = onCall({ secrets: [OPENAI_API_KEY] }, async (request) => {
  const { prompt, maxTokens = 800, model = 'gpt-4' } = request.data
  const openai = new OpenAI({ apiKey: OPENAI_API_KEY.value() })
  // ruleid: llm-model-chosen-by-client
  const out = await openai.chat.completions.create({
    model,
    max_tokens: maxTokens,
    messages: [{ role: 'user', content: prompt }],
  })
  return { text: out.choices[0].message.content }
})

export const summarize = onCall({ secrets: [OPENAI_API_KEY] }, async (request) => {
  const openai = new OpenAI({ apiKey: OPENAI_API_KEY.value() })
  // ruleid: llm-model-chosen-by-client
  const out = await openai.chat.completions.create({
    model: request.data.model ?? 'gpt-4o-mini',
    messages: [{ role: 'user', content: String(request.data.text) }],
  })
  return { text: out.choices[0].message.content }
})

export const rewrite = onCall({ secrets: [OPENAI_API_KEY] }, async (request) => {
  if (!request.auth) throw new HttpsError('unauthenticated', 'Sign in first')
  const { text, tier } = request.data
  const openai = new OpenAI({ apiKey: OPENAI_API_KEY.value() })
  const model = 'gpt-4o-mini'
  // ok: llm-model-chosen-by-client (the client sends only the text; model fixed on the server)
  const out = await openai.chat.completions.create({
    model,
    max_tokens: 400,
    messages: [{ role: 'user', content: String(text).slice(0, 2000) }],
  })
  return { text: out.choices[0].message.content, tier }
})

export const translate = onCall({ secrets: [OPENAI_API_KEY] }, async (request) => {
  const { text, model } = request.data
  const openai = new OpenAI({ apiKey: OPENAI_API_KEY.value() })
  // ok: llm-model-chosen-by-client (the requested model is mapped through a fixed table)
  const out = await openai.chat.completions.create({
    model: MODELS[model] ?? MODELS.fast,
    messages: [{ role: 'user', content: String(text) }],
  })
  return { text: out.choices[0].message.content }
})

export const tagLine = onCall(async ({ data, auth }) => {
  if (!auth) throw new HttpsError('unauthenticated', 'Sign in first')
  const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY })
  // ruleid: llm-model-chosen-by-client
  const out = await openai.chat.completions.create({
    model: data.model || 'gpt-4o-mini',
    messages: [{ role: 'user', content: String(data.product) }],
  })
  return { text: out.choices[0].message.content }
})

// Firebase Functions v1
export const caption = functions.https.onCall(async (data, context) => {
  const { imageUrl, max_tokens } = data
  // ruleid: llm-model-chosen-by-client
  const out = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    max_tokens,
    messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: imageUrl } }] }],
  })
  return { text: out.choices[0].message.content }
})

export const slogan = onCall(async ({ data }) => {
  const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY })
  // ok: llm-model-chosen-by-client (only the product name comes from the client)
  const out = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    max_tokens: 120,
    messages: [{ role: 'user', content: String(data.product).slice(0, 200) }],
  })
  return { text: out.choices[0].message.content }
})
