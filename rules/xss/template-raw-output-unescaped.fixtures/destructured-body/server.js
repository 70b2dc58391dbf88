const express = require("express");
const { Comment } = require("./models");

const router = express.Router();

router.post("/comments", async (req, res) => {
  const { text, postId } = req.body;
  await Comment.create({ text, postId, author: req.user.name });
  res.redirect(`/posts/${postId}`);
});

module.exports = router;
