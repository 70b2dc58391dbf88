const { ElevenLabsClient } = require("elevenlabs");
// ruleid: elevenlabs-api-key
const eleven = new ElevenLabsClient({ apiKey: "sk_11d7f451083e312db74cf49858b3fec86b8317783c067ff8" });
// ok: elevenlabs-api-key
const eleven2 = new ElevenLabsClient({ apiKey: process.env.ELEVENLABS_API_KEY });
fetch("https://api.elevenlabs.io/v1/voices", {
  // ruleid: elevenlabs-api-key
  headers: { "xi-api-key": "b573f6a69988b422fea0b127dcb6aa52" },
});
// ok: elevenlabs-api-key
const notAKey = "sk_0e9a66436ade1b3cdc11809f";
module.exports = { eleven, eleven2, notAKey };
