const express = require("express");
const path = require("path");

// ruleid: no-security-headers (medium: renders pages)
const app = express();
app.set("view engine", "ejs");
app.use(express.static(path.join(__dirname, "public")));

app.get("/", (req, res) => res.render("home", { user: req.user }));
app.listen(3000);
