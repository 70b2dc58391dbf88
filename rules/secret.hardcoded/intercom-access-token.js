const { Client } = require("intercom-client");
// ruleid: intercom-access-token
const intercomToken = "dG9rOjrqASsoNzHsayWjZpAeXV4SXe8VtJKcCbTnLhGF4NcJ2bRT_w3dINo=";
// ok: intercom-access-token
const intercomToken2 = process.env.INTERCOM_ACCESS_TOKEN;
module.exports = new Client({ tokenAuth: { token: intercomToken || intercomToken2 } });
