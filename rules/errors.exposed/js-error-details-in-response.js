const express = require("express");
const app = express();

app.get("/a", async (req, res) => {
  try {
    res.json(await load());
  } catch (err) {
    // ruleid: js-error-details-in-response
    res.status(500).json({ error: err.message, stack: err.stack });
  }
});

app.get("/b", async (req, res) => {
  try {
    res.json(await load());
  } catch (error) {
    // ruleid: js-error-details-in-response
    res.status(500).send(error);
  }
});

app.get("/c", (req, res) => {
  load().catch((e) => {
    // ruleid: js-error-details-in-response
    res.status(500).json({ error: e });
  });
});

app.get("/d", async (req, res) => {
  try {
    res.json(await load());
  } catch (err) {
    console.error(err);
    // ok: js-error-details-in-response
    res.status(500).json({ error: "Internal server error" });
  }
});

app.get("/e", async (req, res) => {
  try {
    res.json(await load());
  } catch (err) {
    // ok: js-error-details-in-response
    res.status(500).json({ error: process.env.NODE_ENV === "development" ? err.stack : "Internal error" });
  }
});

app.use((err, req, res, next) => {
  // ruleid: js-error-details-in-response
  res.status(500).json({ message: err.message, stack: err.stack });
});

app.get("/f", (req, res) => {
  // ok: js-error-details-in-response
  res.json({ error: null, items: [] });
});

app.get("/g", (req, res) => {
  db.query("SELECT * FROM items", (err, rows) => {
    // ruleid: js-error-details-in-response
    if (err) return res.status(500).send(err);
    // ok: js-error-details-in-response
    res.json(rows);
  });
});

const views = express();
views.set("view engine", "ejs");

views.use((err, req, res, next) => {
  console.error(err);
  // ruleid: js-error-details-in-response
  res.status(err.status || 500).render("error", {
    message: err.message,
    stack: err.stack,
  });
});

views.get("/h", async (req, res) => {
  try {
    res.render("page", await load());
  } catch (err) {
    console.error(err);
    // ok: js-error-details-in-response
    res.status(500).render("error", { message: "Something went wrong" });
  }
});

views.get("/i", async (req, res) => {
  try {
    res.render("page", await load());
  } catch (err) {
    // ok: js-error-details-in-response
    res.status(500).render("error", { stack: process.env.NODE_ENV === "development" ? err.stack : null });
  }
});
