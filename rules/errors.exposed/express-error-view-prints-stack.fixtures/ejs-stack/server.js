const express = require("express");
const db = require("./db");

const app = express();
app.set("view engine", "ejs");

app.get("/boom", () => {
  throw new Error("db password rejected for user pinboard@10.0.3.7");
});

app.get("/orders/:id", async (req, res) => {
  try {
    const order = await db.order(req.params.id);
    // ok: express-error-view-prints-stack (not an error path: the view gets the order)
    res.render("order", { order, error: null });
  } catch (error) {
    // ruleid: express-error-view-prints-stack
    res.status(500).render("error", { error });
  }
});

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  console.error(err);
  // ruleid: express-error-view-prints-stack
  res.status(err.status || 500).render("error", {
    message: err.message,
    error: err,
  });
});

app.listen(3000);
