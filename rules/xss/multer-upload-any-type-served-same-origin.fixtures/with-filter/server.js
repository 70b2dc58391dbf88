const express = require('express');
const multer = require('multer');
const path = require('path');

const storage = multer.diskStorage({
  destination: 'uploads/',
  // ok: multer-upload-any-type-served-same-origin (a fileFilter restricts the types)
  filename: (req, file, cb) => cb(null, `${Date.now()}${path.extname(file.originalname).toLowerCase()}`),
});
const upload = multer({
  storage,
  fileFilter: (req, file, cb) => cb(null, ['image/png', 'image/jpeg'].includes(file.mimetype)),
});

const app = express();
app.use('/uploads', express.static(path.join(__dirname, 'uploads')));
app.post('/api/photo', upload.single('photo'), (req, res) => res.json({ ok: true }));
app.listen(3000);
