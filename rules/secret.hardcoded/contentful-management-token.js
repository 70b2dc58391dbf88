const contentful = require("contentful-management");
// ruleid: contentful-management-token
const client = contentful.createClient({ accessToken: "CFPAT-9yleDOyJH9HYGEimVGp4OAWaMAvMcbtR3Rjrb9jqmNd" });
// ok: contentful-management-token
const client2 = contentful.createClient({ accessToken: process.env.CONTENTFUL_MANAGEMENT_TOKEN });
module.exports = { client, client2 };
