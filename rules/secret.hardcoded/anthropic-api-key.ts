import Anthropic from "@anthropic-ai/sdk";

// ruleid: anthropic-api-key
const anthropic = new Anthropic({ apiKey: "sk-ant-api03-c2LufYNuydk9sgEWl2agE4aE-Yhc3a-LcBfS83Cedu3QlYJJJbgIQrBc5O_x2A7CzMp1GAawTCEe6OQxLdU-ZOxyR2MwqAA" });

// ok: anthropic-api-key
const fromEnv = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });

// ok: anthropic-api-key
const docs = "sk-ant-api03-your-key-here";

// ok: anthropic-api-key
const admin = "sk-ant-admin01-sPQQgd-1OWUyTC_BbE88rijjE2FdKmpSx5b_p7CXJ4rcChlSxNAVPLof96KC7RHXLaZOUfW2naW-mOIxEUPMuq8G-tUx5AA";

export { anthropic, fromEnv, docs, admin };
