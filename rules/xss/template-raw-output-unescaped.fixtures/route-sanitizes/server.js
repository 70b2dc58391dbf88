const express = require("express");
const sanitizeHtml = require("sanitize-html");
const db = require("./db");

const app = express();
app.set("view engine", "ejs");

app.get("/listings/:id", async (req, res) => {
  const listing = await db.get("SELECT * FROM listings WHERE id = ?", req.params.id);
  res.render("listing", {
    title: listing.title,
    description: sanitizeHtml(listing.description, { allowedTags: ["b", "i", "p", "a"] }),
    sellerNote: listing.seller_note,
  });
});

app.listen(3000);
