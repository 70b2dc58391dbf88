import Replicate from "replicate";

// ruleid: replicate-api-token
const replicate = new Replicate({ auth: "r8_FuoCSDKAuLxKU4CBPCS06ZdXRmAggnvTc9Tyk" });
// ok: replicate-api-token
const replicate2 = new Replicate({ auth: process.env.REPLICATE_API_TOKEN });
// ok: replicate-api-token
const hint = "r8_...";
export { replicate, replicate2, hint };
