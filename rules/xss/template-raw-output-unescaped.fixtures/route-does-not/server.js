const express = require("express");
const db = require("./db");

const app = express();
app.set("view engine", "ejs");

app.get("/listings/:id", async (req, res) => {
  const listing = await db.get("SELECT * FROM listings WHERE id = ?", req.params.id);
  // sanitize later
  res.render("listing", { title: listing.title, description: listing.description });
});

app.listen(3000);
