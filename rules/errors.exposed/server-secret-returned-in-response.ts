import express from "express";

const app = express();

app.get("/api/config", (_req, res) => {
  // ruleid: server-secret-returned-in-response
  res.json({ model: "gpt-4o-mini", apiKey: process.env.OPENAI_API_KEY });
});

app.get("/api/public-config", (_req, res) => {
  // ok: server-secret-returned-in-response
  res.json({ stripeKey: process.env.STRIPE_PUBLISHABLE_KEY, supabaseAnon: process.env.SUPABASE_ANON_KEY });
});

app.get("/api/features", (_req, res) => {
  // ok: server-secret-returned-in-response
  res.json({ ai: !!process.env.OPENAI_API_KEY });
});
