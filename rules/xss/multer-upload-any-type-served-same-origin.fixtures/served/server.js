const express = require('express');
const { upload, UPLOAD_DIR } = require('./middleware/upload');

const app = express();
app.use('/uploads', express.static(UPLOAD_DIR));

app.post('/api/avatar', upload.single('avatar'), (req, res) => {
  res.json({ url: `/uploads/${req.file.filename}` });
});
app.listen(3000);
