const express = require('express');
const multer = require('multer');
const path = require('path');

const storage = multer.diskStorage({
  destination: 'uploads/',
  // ok: multer-upload-any-type-served-same-origin (served as downloads only)
  filename: (req, file, cb) => cb(null, `${crypto.randomUUID()}-${file.originalname}`),
});
const upload = multer({ storage });

const app = express();
app.use('/uploads', express.static(path.join(__dirname, 'uploads'), {
  setHeaders: (res) => res.set('Content-Disposition', 'attachment'),
}));
app.post('/api/files', upload.single('file'), (req, res) => res.json({ ok: true }));
app.listen(3000);
