import Airtable from "airtable";

// ruleid: airtable-access-token
const base = new Airtable({ apiKey: "patDQJhMrSapKpzKH.094b8ef2cce07044bb7e6c7dbde86fca03c3b5f801f57821719763b9c947ab4f" }).base("appObX8Xs0FFcstJ6");
// ok: airtable-access-token
const base2 = new Airtable({ apiKey: process.env.AIRTABLE_API_KEY }).base("appObX8Xs0FFcstJ6");
export { base, base2 };
