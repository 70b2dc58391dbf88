// A fallback for the JWT variable: reported once, as `jwt-hardcoded-secret`.
// ok: generic-jwt-secret
const JWT_SECRET = process.env.JWT_SECRET || "sQPGunpjO_9FRLaw-TocSPuNI_woQlKFHQ33TR59vfkTsjnP";
// ruleid: generic-jwt-secret
const config = { jwtSecret: "sup3r-s3cret-jwt-k3y" };
// ok: generic-jwt-secret
const JWT_SECRET2 = process.env.JWT_SECRET;
// ok: generic-jwt-secret
const opts = { jwtSecret: config.jwtSecret };
// ok: generic-jwt-secret
const JWT_EXPIRES_IN = "7d";
// ok: generic-jwt-secret
const fallback = process.env.JWT_SECRET || "your-secret-key";
module.exports = { JWT_SECRET, config, JWT_SECRET2, opts, JWT_EXPIRES_IN, fallback };
