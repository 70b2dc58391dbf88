import { LinearClient } from "@linear/sdk";
// ruleid: linear-api-key
const linear = new LinearClient({ apiKey: "lin_api_dR2PkFSeJjg8a8tfIE1T46QC5jl8cpQjFSxUmsUs" });
// ok: linear-api-key
const linear2 = new LinearClient({ apiKey: process.env.LINEAR_API_KEY });
// ok: linear-api-key
const linearGradient = "a3f9c2e1b4d6e8f0a1b2c3d4e5f6a7b8";
export { linear, linear2, linearGradient };
