const express = require("express");
const errorhandler = require("errorhandler");
const app = express();

// ruleid: express-dev-error-handler-in-production
app.use(errorhandler());

if (process.env.NODE_ENV === "development") {
  // ok: express-dev-error-handler-in-production
  app.use(errorhandler({ log: true }));
}
