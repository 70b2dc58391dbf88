import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { Configuration, OpenAIApi } from "openai";

const openai = new OpenAIApi(new Configuration({ apiKey: process.env.OPENAI_API_KEY }));

// ruleid: endpoint-missing-rate-limit
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, {});
  if (!session) return res.status(401).end();
  const out = await openai.createChatCompletion({ model: "gpt-4o-mini", messages: [{ role: "user", content: String(req.body.prompt).slice(0, 2000) }] });
  res.json({ text: out.data.choices[0].message?.content });
}
