import { UTApi } from "uploadthing/server";

export const utapi = new UTApi({
  // ruleid: uploadthing-secret-key
  apiKey: "sk_live_05686895227a44d9caeebc82bce7bd5dfa07b34fc532cf6005686895",
});
// ok: uploadthing-secret-key
export const utapi2 = new UTApi({ apiKey: process.env.UPLOADTHING_SECRET });
