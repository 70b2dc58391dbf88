const express = require("express");

const app = express();
app.set("view engine", "hbs");

app.use((err, req, res, next) => {
  console.error(err);
  // ok: express-error-view-prints-stack (the view prints error.code, not the stack)
  res.status(500).render("error", { message: "Something went wrong", error: err });
});

app.listen(3000);
