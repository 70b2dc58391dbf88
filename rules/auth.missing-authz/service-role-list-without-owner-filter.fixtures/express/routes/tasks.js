const express = require('express')
const jwt = require('jsonwebtoken')
const { createClient } = require('@supabase/supabase-js')

const supabase = createClient(process.env.SUPABASE_URL, process.env.SUPABASE_SERVICE_ROLE_KEY)
const router = express.Router()

function requireAuth(req, res, next) {
  try {
    req.user = jwt.verify(req.headers.authorization.slice(7), process.env.JWT_SECRET, { algorithms: ['HS256'] })
    next()
  } catch {
    res.status(401).end()
  }
}

router.get('/tasks', requireAuth, async (req, res) => {
  const status = req.query.status || 'open'
  // ruleid: service-role-list-without-owner-filter
  const { data } = await supabase.from('tasks').select('id, title, status, user_id').eq('status', status)
  res.json(data)
})

router.get('/tasks/mine', requireAuth, async (req, res) => {
  // ok: service-role-list-without-owner-filter
  const { data } = await supabase.from('tasks').select('id, title, user_id').match({ user_id: req.user.sub })
  res.json(data)
})

router.get('/admin/tasks', requireAuth, async (req, res) => {
  if (req.user.role !== 'admin') return res.status(403).end()
  // ok: service-role-list-without-owner-filter
  const { data } = await supabase.from('tasks').select('id, title, user_id')
  res.json(data)
})

module.exports = router

async function assertBoardMember(boardId, userId) {
  const { data } = await supabase.from('board_members').select('user_id').eq('board_id', boardId).eq('user_id', userId).maybeSingle()
  if (!data) {
    const err = new Error('Not a member of this board')
    err.status = 403
    throw err
  }
}

router.get('/boards/:boardId/tasks', requireAuth, async (req, res) => {
  const { boardId } = req.params
  await assertBoardMember(boardId, req.user.sub)
  // ok: service-role-list-without-owner-filter (the board id was checked by the membership helper)
  const { data } = await supabase.from('tasks').select('id, title, user_id').eq('board_id', boardId)
  res.json(data)
})

router.get('/boards/:boardId/all-tasks', requireAuth, async (req, res) => {
  const { boardId } = req.params
  await assertBoardMember(req.query.otherBoard, req.user.sub)
  // ruleid: service-role-list-without-owner-filter (the checked board is not the one listed)
  const { data } = await supabase.from('tasks').select('id, title, user_id').eq('board_id', boardId)
  res.json(data)
})
