import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic({
  apiKey: import.meta.env.VITE_ANTHROPIC_API_KEY,
  // ok: ai-sdk-key-in-browser (reported once, at the key read, by client-code-reads-server-secret)
  dangerouslyAllowBrowser: true,
});

export default client;
