const express = require("express");
// ruleid: no-health-endpoint
const app = express();
app.get("/api/todos", listTodos);
app.listen(process.env.PORT || 3000);
