const algoliasearch = require("algoliasearch");

// ruleid: algolia-admin-api-key
const config = { algoliaAdminKey: "032b46100aa48721399b1f12632e4610" };
// ok: algolia-admin-api-key
const client = algoliasearch(process.env.ALGOLIA_APP_ID, process.env.ALGOLIA_ADMIN_KEY);
// ok: algolia-admin-api-key
const algoliaSearchOnlyKey = "5a2106697231428829b604bf4dbaafdf";
module.exports = { config, client };
