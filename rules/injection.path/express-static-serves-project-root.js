const express = require("express");
const path = require("path");
const app = express();

// ruleid: express-static-serves-project-root
app.use(express.static(__dirname));
// ruleid: express-static-serves-project-root
app.use(express.static("."));
// ruleid: express-static-serves-project-root
app.use(express.static(path.join(__dirname)));
// ok: express-static-serves-project-root
app.use(express.static(path.join(__dirname, "public")));
// ok: express-static-serves-project-root
app.use(express.static("public"));
// ok: express-static-serves-project-root
app.use("/uploads", express.static(path.join(__dirname, "uploads")));
