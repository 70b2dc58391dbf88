const express = require("express");
const { csrfSynchronisedProtection } = require("../csrf");
const router = express.Router();
router.post("/", csrfSynchronisedProtection, async (req, res) => res.redirect("/notes"));
module.exports = router;
