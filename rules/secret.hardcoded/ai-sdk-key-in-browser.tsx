import OpenAI from "openai";

export function makeClient(userKey: string) {
  return new OpenAI({
    apiKey: userKey,
    // ruleid: ai-sdk-key-in-browser
    dangerouslyAllowBrowser: true,
  });
}

export const flags = {
  // ok: ai-sdk-key-in-browser (not set)
  dangerouslyAllowBrowser: false,
};
