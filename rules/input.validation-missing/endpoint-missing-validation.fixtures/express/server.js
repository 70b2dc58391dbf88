const express = require('express');
const { z } = require('zod');
const { body, validationResult } = require('express-validator');
const User = require('./models/user');
const Post = require('./models/post');

const app = express();
app.use(express.json());
const requireAuth = (req, res, next) => (req.user ? next() : res.status(401).end());

// A whole-body write is reported once, at the write, by js-mass-assignment-request-body.
// ok: endpoint-missing-validation
app.post('/api/users', requireAuth, async (req, res) => {
  res.json(await User.create(req.body));
});

const PostInput = z.object({ title: z.string().min(1).max(200), body: z.string().max(10000) });

// ok: endpoint-missing-validation
app.post('/api/posts', requireAuth, async (req, res) => {
  const data = PostInput.parse(req.body);
  res.json(await Post.create({ ...data, author: req.user.id }));
});

// ok: endpoint-missing-validation
app.put('/api/users/me', requireAuth, body('email').isEmail(), body('name').isLength({ max: 80 }), async (req, res) => {
  if (!validationResult(req).isEmpty()) return res.status(400).end();
  res.json(await User.updateOne({ _id: req.user.id }, { email: req.body.email, name: req.body.name }));
});

// ruleid: endpoint-missing-validation
app.patch('/api/posts/:id', requireAuth, async (req, res) => {
  const { title } = req.body;
  res.json(await Post.updateOne({ _id: req.params.id, author: req.user.id }, { title }));
});

// ok: endpoint-missing-validation
app.get('/api/posts', async (req, res) => res.json(await Post.find()));

app.listen(3000);
