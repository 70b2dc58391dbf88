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
