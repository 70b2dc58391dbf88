import { Hono } from 'hono'
import { Types } from 'mongoose'
import { Message } from '../models/Message'

const messages = new Hono()

messages.post('/search', async (c) => {
  const filter = await c.req.json()
  // ruleid: mongodb-operator-injection
  const results = await Message.find({ ...filter, authorId: c.get('userId') }).limit(100)
  return c.json(results)
})

messages.post('/search-express-style', async (req: any, res: any) => {
  // ruleid: mongodb-operator-injection
  const results = await Message.find({ ...req.body, authorId: req.user.id })
  res.json(results)
})

messages.post('/count', async (c) => {
  const { roomId } = await c.req.json()
  const defaults = { archived: false }
  // ok: mongodb-operator-injection (the spread object is the server's own)
  const n = await Message.countDocuments({ ...defaults, roomId: String(roomId) })
  return c.json({ n })
})
