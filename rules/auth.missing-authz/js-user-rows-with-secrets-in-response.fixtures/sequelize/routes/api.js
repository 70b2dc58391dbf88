const express = require("express");
const { User, Post } = require("../models");
const requireUser = require("../middleware/requireUser");

const router = express.Router();

router.get("/users", requireUser, async (req, res, next) => {
  try {
    const users = await User.findAll();
    // ruleid: js-user-rows-with-secrets-in-response
    res.json(users);
  } catch (err) {
    next(err);
  }
});

router.get("/users/all", async (req, res) => {
  // ruleid: js-user-rows-with-secrets-in-response
  res.json(await User.findAll({ order: [["name", "ASC"]] }));
});

router.get("/directory", async (req, res) => {
  const users = await User.findAll({ attributes: ["id", "name"] });
  // ok: js-user-rows-with-secrets-in-response (columns chosen)
  res.json(users);
});

router.get("/people", async (req, res) => {
  const users = await User.findAll();
  const people = users.map((u) => ({ id: u.id, name: u.name }));
  // ok: js-user-rows-with-secrets-in-response (mapped to a public shape)
  res.json(people);
});

router.get("/posts", async (req, res) => {
  const posts = await Post.findAll();
  // ok: js-user-rows-with-secrets-in-response (not the user model)
  res.json(posts);
});

router.get("/admin/users", async (req, res) => {
  const users = await User.findAll({ order: [["createdAt", "DESC"]] });
  // ruleid: js-user-rows-with-secrets-in-response
  res.json({ users, total: users.length });
});

router.get("/team", async (req, res) => {
  const rows = await User.findAll({ where: { teamId: req.query.team } });
  // ruleid: js-user-rows-with-secrets-in-response
  return res.json({ members: rows });
});

router.get("/team/public", async (req, res) => {
  const users = await User.findAll({ attributes: ["id", "name"] });
  // ok: js-user-rows-with-secrets-in-response (columns chosen)
  res.json({ users });
});

router.get("/team/count", async (req, res) => {
  const users = await User.findAll();
  // ok: js-user-rows-with-secrets-in-response (only a count leaves)
  res.json({ count: users.length });
});

router.get("/team/names", async (req, res) => {
  const users = await User.findAll();
  // ok: js-user-rows-with-secrets-in-response (a public shape)
  res.json({ users: users.map((u) => ({ id: u.id, name: u.name })) });
});

module.exports = router;
