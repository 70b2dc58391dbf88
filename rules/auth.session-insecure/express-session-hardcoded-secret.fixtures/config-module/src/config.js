const env = process.env;
module.exports = {
  session: {
    // ruleid: express-session-hardcoded-secret
    secret: env.SESSION_SECRET || 'keyboard cat',
    // ok: express-session-hardcoded-secret
    name: 'sid',
  },
  jwt: {
    // ok: express-session-hardcoded-secret
    secret: env.JWT_SECRET || 'dev-jwt-secret',
  },
  cookies: {
    // ok: express-session-hardcoded-secret
    secret: env.COOKIE_SECRET,
  },
};
