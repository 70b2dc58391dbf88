const express = require("express");

const app = express();
app.set("view engine", "pug");

// express-generator's handler: the error object only in development
app.use(function (err, req, res, next) {
  res.locals.message = err.message;
  res.locals.error = req.app.get("env") === "development" ? err : {};
  res.status(err.status || 500);
  // ok: express-error-view-prints-stack
  res.render("error");
});

app.use(function (err, req, res, next) {
  // ok: express-error-view-prints-stack (development only)
  res.status(500).render("error", {
    message: err.message,
    error: process.env.NODE_ENV === "development" ? err : {},
  });
});

module.exports = app;
