import { Client } from "@hubspot/api-client";
// ruleid: hubspot-access-token
const hubspot = new Client({ accessToken: "pat-eu1-1d4a650f-8dbe-94a5-20d9-67e9b2389a9b" });
// ok: hubspot-access-token
const hubspot2 = new Client({ accessToken: process.env.HUBSPOT_ACCESS_TOKEN });
// ok: hubspot-access-token
const docs = "pat-na1-xxxxxxxx";
export { hubspot, hubspot2, docs };
