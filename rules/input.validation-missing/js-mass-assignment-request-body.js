const express = require("express");
const router = express.Router();

router.post("/users", async (req, res) => {
  // ruleid: js-mass-assignment-request-body
  const user = await User.create(req.body);
  res.json(user);
});

router.put("/users/:id", async (req, res) => {
  // ruleid: js-mass-assignment-request-body
  const user = await User.findByIdAndUpdate(req.params.id, req.body, { new: true });
  // ruleid: js-mass-assignment-request-body
  await prisma.user.update({ where: { id: req.user.id }, data: req.body });
  res.json(user);
});

router.post("/posts", async (req, res) => {
  const { title, content } = postSchema.parse(req.body);
  // ok: js-mass-assignment-request-body
  const post = await Post.create({ title, content, author: req.user.id });
  res.json(post);
});

router.post("/comments", async (req, res) => {
  // ok: js-mass-assignment-request-body
  const c = await Comment.create({ text: req.body.text, author: req.user.id });
  res.json(c);
});

module.exports = router;

app.put("/me", requireAuth, async (req, res) => {
  const { password, ...updates } = req.body;
  // ruleid: js-mass-assignment-request-body
  const user = await User.findByIdAndUpdate(req.user.id, updates, { new: true });
  res.json(user);
});

app.put("/me/settings", requireAuth, async (req, res) => {
  const { theme, language, ...rest } = req.body;
  const updates = { theme, language };
  // ok: js-mass-assignment-request-body
  const user = await User.findByIdAndUpdate(req.user.id, updates, { new: true });
  res.json({ user, ignored: Object.keys(rest) });
});

app.put("/profile", requireAuth, async (req, res) => {
  const { userId, password, ...fields } = req.body;
  const updatedData = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined && value !== "") updatedData[key] = value;
  }
  // ruleid: js-mass-assignment-request-body
  res.json(await User.findByIdAndUpdate(req.user.id, updatedData, { new: true }));
});

function verifyGithubSignature(req) {
  const expected =
    // ok: js-mass-assignment-request-body (hashing the raw body for a signature check)
    "sha256=" + crypto.createHmac("sha256", process.env.GITHUB_WEBHOOK_SECRET).update(req.body).digest("hex");
  return expected;
}

// rest-spread of req.body into create(): the client can send role: 'admin', plan, credits
router.post('/register', async (req, res, next) => {
  try {
    const { password, ...profile } = req.body
    if (!profile.email || !password) return res.status(400).json({ error: 'Email and password required' })
    // ruleid: js-mass-assignment-request-body
    const user = await prisma.user.create({
      data: { ...profile, passwordHash: await bcrypt.hash(password, 12) },
    })
    res.status(201).json({ id: user.id })
  } catch (err) {
    next(err)
  }
})

router.post('/signup', async (req, res) => {
  const { confirm, ...account } = req.body
  // ruleid: js-mass-assignment-request-body
  const user = await User.create(account)
  res.status(201).json({ id: user.id, confirm: !!confirm })
})

router.post('/signup-picked', async (req, res) => {
  const { password, ...profile } = req.body
  const account = { email: String(profile.email), name: String(profile.name ?? '') }
  // ok: js-mass-assignment-request-body (rebuilt from named fields)
  const user = await prisma.user.create({ data: account })
  res.status(201).json({ id: user.id, pw: !!password })
})

router.post('/signup-defaults', async (req, res) => {
  const { email, password } = req.body
  const defaults = { role: 'user', plan: 'free' }
  // ok: js-mass-assignment-request-body (no rest of the body here: named fields and a server-side object)
  const user = await prisma.user.create({ data: { ...defaults, email: String(email), passwordHash: await bcrypt.hash(password, 12) } })
  res.status(201).json({ id: user.id })
})
