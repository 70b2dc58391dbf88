const express = require("express");
const db = require("./db");

const app = express();
app.set("view engine", "ejs");
app.use(express.urlencoded({ extended: false }));

const posts = [];

app.post("/posts", (req, res) => {
  posts.push({ title: String(req.body.title || ""), body: String(req.body.body || "") });
  res.redirect(`/posts/${posts.length - 1}`);
});

app.get("/posts/:id", async (req, res) => {
  const post = posts[Number(req.params.id)];
  if (!post) return res.sendStatus(404);
  post.authorNote = await db.authorNote(post.id);
  return res.render("show", { post });
});

app.listen(3000);
