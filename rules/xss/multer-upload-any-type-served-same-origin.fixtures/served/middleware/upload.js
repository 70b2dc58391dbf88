const path = require('path');
const multer = require('multer');

const UPLOAD_DIR = path.join(__dirname, '..', 'public', 'uploads');

const storage = multer.diskStorage({
  destination: (req, file, cb) => cb(null, UPLOAD_DIR),
  filename: (req, file, cb) => {
    // ruleid: multer-upload-any-type-served-same-origin
    cb(null, `${Date.now()}-${file.originalname}`);
  },
});

const docs = multer.diskStorage({
  destination: UPLOAD_DIR,
  // ruleid: multer-upload-any-type-served-same-origin
  filename: (req, file, cb) => cb(null, req.user.id + path.extname(file.originalname)),
});

const raw = multer.diskStorage({
  destination: UPLOAD_DIR,
  // ok: multer-upload-any-type-served-same-origin (the raw client name: multer-original-filename-on-disk)
  filename: (req, file, cb) => cb(null, file.originalname),
});

module.exports = { upload: multer({ storage }), docs: multer({ storage: docs }), raw: multer({ storage: raw }), UPLOAD_DIR };
