const express = require("express");
const { loadPreview, loadImage } = require("../lib/preview");

const router = express.Router();

router.post("/preview", async (req, res) => {
  res.json({ preview: await loadPreview(req.body.link) });
});

router.post("/image", async (req, res) => {
  res.send(await loadImage(req.body.src));
});

module.exports = router;
