const express = require("express");
const app = express();
app.use(express.json());

app.get("/users", async (req, res) => {
  res.json(await db.users());
});

// ruleid: express-missing-error-handler
app.listen(process.env.PORT || 3000);
