const express = require('express');
const multer = require('multer');
const path = require('path');

const storage = multer.diskStorage({
  destination: 'private-files/',
  // ok: multer-upload-any-type-served-same-origin (never served back by the app)
  filename: (req, file, cb) => cb(null, `${Date.now()}-${file.originalname}`),
});
const upload = multer({ storage });

const app = express();
app.use(express.static('public'));
app.post('/api/import', upload.single('csv'), (req, res) => res.json({ ok: true }));
app.listen(3000);
