import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'

const app = new Hono()

app.post('/upload', bodyLimit({ maxSize: 5 * 1024 * 1024 }), async (c) => {
  // ok: formdata-upload-without-size-limit (bodyLimit middleware)
  const form = await c.req.formData()
  const file = form.get('file') as File
  await c.env.BUCKET.put(crypto.randomUUID(), await file.arrayBuffer())
  return c.json({ ok: true })
})

export default app
