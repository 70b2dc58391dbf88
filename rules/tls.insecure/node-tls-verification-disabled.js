const https = require("https");
const { Pool } = require("pg");

// ruleid: node-tls-verification-disabled
const agent = new https.Agent({ rejectUnauthorized: false });
const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  // ruleid: node-tls-verification-disabled
  ssl: { rejectUnauthorized: false },
});
// ruleid: node-tls-verification-disabled
request({ url, strictSSL: false });

// ok: node-tls-verification-disabled
const strict = new https.Agent({ rejectUnauthorized: true, ca: process.env.CA_PEM });
// ok: node-tls-verification-disabled
const pool2 = new Pool({ ssl: { rejectUnauthorized: process.env.NODE_ENV === "production" } });
// ok: node-tls-verification-disabled
// never use rejectUnauthorized: false in production
module.exports = { agent, pool, strict, pool2 };
