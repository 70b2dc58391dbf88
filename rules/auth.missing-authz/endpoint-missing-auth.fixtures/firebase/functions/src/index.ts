// Cloud Functions: callables (v1 and v2) and HTTP functions that call a paid AI API.
import * as functions from "firebase-functions/v1";
import { onCall, onRequest, HttpsError } from "firebase-functions/v2/https";
import { getAuth } from "firebase-admin/auth";
import OpenAI from "openai";

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

// ruleid: endpoint-missing-auth
export const summarize = onCall(async (request) => {
  const out = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: String(request.data.text) }],
  });
  return { summary: out.choices[0].message.content };
});

// App Check proves the app, not the user: still anyone with the app can call it.
// ruleid: endpoint-missing-auth
export const rewrite = onCall({ enforceAppCheck: true }, async ({ data }) => {
  const out = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: String(data.text) }],
  });
  return { text: out.choices[0].message.content };
});

// ok: endpoint-missing-auth
export const summarizeSignedIn = onCall({ enforceAppCheck: true }, async (request) => {
  if (!request.auth) throw new HttpsError("unauthenticated", "Sign in first.");
  const out = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: String(request.data.text) }],
  });
  return { summary: out.choices[0].message.content };
});

// ok: endpoint-missing-auth
export const translate = functions.https.onCall(async (data, context) => {
  const uid = context.auth?.uid;
  if (!uid) throw new functions.https.HttpsError("unauthenticated", "Sign in first.");
  const out = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: `Translate: ${data.text}` }],
  });
  return { text: out.choices[0].message.content, by: uid };
});

// Looks the caller up, never rejects an anonymous one.
// ruleid: endpoint-missing-auth
export const tagline = functions.https.onCall(async (data, context) => {
  const uid = context.auth?.uid ?? "anonymous";
  const out = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: `Tagline for ${data.product} (${uid})` }],
  });
  return { text: out.choices[0].message.content };
});

// ruleid: endpoint-missing-auth
export const caption = onRequest({ cors: true }, async (req, res) => {
  const out = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: String(req.body.prompt) }],
  });
  res.json({ text: out.choices[0].message.content });
});

// ok: endpoint-missing-auth
export const captionVerified = onRequest(async (req, res) => {
  const token = (req.headers.authorization || "").replace("Bearer ", "");
  const decoded = await getAuth().verifyIdToken(token);
  const out = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: String(req.body.prompt) }],
  });
  res.json({ text: out.choices[0].message.content, uid: decoded.uid });
});

// Nothing stored, nothing paid for: a public function.
// ok: endpoint-missing-auth
export const ping = onCall(() => ({ ok: true, at: Date.now() }));
