// Public, cookie-less API: any origin, no credentials.
const publicCors = { origin: true, methods: ['GET'] };

// Accept-all callback with cookies.
const appCors = {
  origin: (origin, callback) => callback(null, true),
  credentials: true,
};

module.exports = { publicCors, appCors };
