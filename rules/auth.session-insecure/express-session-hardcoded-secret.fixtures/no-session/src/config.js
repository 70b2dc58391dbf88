// No express-session / cookie-session anywhere in this app: not a session secret.
const env = process.env;
module.exports = {
  session: {
    // ok: express-session-hardcoded-secret
    secret: env.SESSION_SECRET || 'keyboard cat',
  },
};
