// ruleid: fireworks-api-key
const client = new OpenAI({ apiKey: "fw_7CCbHEaKhl63MQASHoi7ouLtngYMzKc72", baseURL: "https://api.fireworks.ai/inference/v1" });
// ok: fireworks-api-key
const client2 = new OpenAI({ apiKey: process.env.FIREWORKS_API_KEY, baseURL: "https://api.fireworks.ai/inference/v1" });
export { client, client2 };
