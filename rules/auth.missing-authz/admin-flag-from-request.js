const express = require("express");
const session = require("express-session");
const bcrypt = require("bcrypt");
const Database = require("better-sqlite3");
const db = new Database("data.db");
const app = express();
app.use(express.urlencoded({ extended: true }));

app.post("/register", async (req, res) => {
  const { email, password, accountType } = req.body;
  const hash = await bcrypt.hash(password, 12);
  // ruleid: admin-flag-from-request
  const isAdmin = accountType === "admin" ? 1 : 0;
  const info = db.prepare("INSERT INTO users (email, password_hash, is_admin) VALUES (?, ?, ?)").run(email, hash, isAdmin);
  req.session.user = { id: info.lastInsertRowid, email };
  req.session.isAdmin = isAdmin === 1;
  res.redirect("/");
});

app.post("/signup", async (req, res) => {
  // ruleid: admin-flag-from-request
  const role = req.body.role === "ADMIN" ? "admin" : "user";
  const user = await User.create({ email: req.body.email, role });
  res.json({ id: user.id });
});

app.post("/join", async (req, res) => {
  const { email, password, role } = req.body;
  // ruleid: admin-flag-from-request
  const is_admin = role === "admin";
  await db.prepare("INSERT INTO users (email, password, is_admin) VALUES (?, ?, ?)").run(email, password, is_admin ? 1 : 0);
  res.redirect("/");
});

app.post("/signup/basic", async (req, res) => {
  const { email, password } = req.body;
  // ok: admin-flag-from-request
  const role = "user";
  db.prepare("INSERT INTO users (email, password_hash, role) VALUES (?, ?, ?)").run(email, await bcrypt.hash(password, 12), role);
  res.redirect("/");
});

app.post("/admin/users", requireAdmin, async (req, res) => {
  const { email, accountType } = req.body;
  // ok: admin-flag-from-request
  const isAdmin = accountType === "admin" ? 1 : 0;
  db.prepare("INSERT INTO users (email, is_admin) VALUES (?, ?)").run(email, isAdmin);
  res.redirect("/admin");
});

app.post("/users", async (req, res) => {
  if (req.user?.role !== "admin") return res.status(403).end();
  // ok: admin-flag-from-request
  const role = req.body.role === "admin" ? "admin" : "member";
  await User.create({ email: req.body.email, role });
  res.status(201).end();
});

app.post("/invite/accept", async (req, res) => {
  const { token } = req.body;
  const invite = await Invite.findOne({ token });
  // ok: admin-flag-from-request
  const isAdmin = invite.role === "admin";
  await User.create({ email: invite.email, isAdmin });
  res.redirect("/");
});

app.get("/dashboard", (req, res) => {
  // ok: admin-flag-from-request
  const isAdmin = req.query.view === "admin";
  res.render("dashboard", { isAdmin });
});

app.post("/register/first", async (req, res) => {
  const { email, password } = req.body;
  const count = db.prepare("SELECT COUNT(*) AS n FROM users").get().n;
  const role = count === 0 ? "admin" : "user";
  // ok: admin-flag-from-request
  const isAdmin = role === "admin";
  db.prepare("INSERT INTO users (email, password_hash, is_admin) VALUES (?, ?, ?)").run(email, await bcrypt.hash(password, 12), isAdmin ? 1 : 0);
  res.redirect("/");
});
