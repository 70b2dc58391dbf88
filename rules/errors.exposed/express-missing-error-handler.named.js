const express = require("express");
const { errorHandler } = require("./middleware/errors");
const app = express();
app.use("/api", require("./routes"));
app.use(errorHandler);

// ok: express-missing-error-handler
module.exports = app;
