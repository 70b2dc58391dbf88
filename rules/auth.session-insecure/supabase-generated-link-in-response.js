const express = require("express");
const { createClient } = require("@supabase/supabase-js");

const supabaseAdmin = createClient(process.env.SUPABASE_URL, process.env.SUPABASE_SERVICE_ROLE_KEY);
const app = express();
app.use(express.json());

app.post("/api/auth/reset-password", async (req, res) => {
  const { data, error } = await supabaseAdmin.auth.admin.generateLink({ type: "recovery", email: req.body.email });
  if (error) return res.status(400).json({ error: error.message });
  // ruleid: supabase-generated-link-in-response
  res.json({ ok: true, link: data.properties.action_link });
});

app.post("/api/auth/magic", async (req, res) => {
  const { data } = await supabaseAdmin.auth.admin.generateLink({ type: "magiclink", email: req.body.email });
  const link = data.properties.action_link;
  // ruleid: supabase-generated-link-in-response
  return res.status(200).json({ sent: true, link });
});

app.post("/api/auth/otp", async (req, res) => {
  const { data: linkData } = await supabaseAdmin.auth.admin.generateLink({ type: "magiclink", email: req.body.email });
  // ruleid: supabase-generated-link-in-response
  res.json(linkData);
});

app.post("/api/auth/forgot", async (req, res) => {
  const { data, error } = await supabaseAdmin.auth.admin.generateLink({ type: "recovery", email: req.body.email });
  if (!error) await mailer.send(req.body.email, data.properties.action_link);
  // ok: supabase-generated-link-in-response (mailed, not returned)
  res.json({ message: "If that address has an account, a reset e-mail is on its way." });
});

app.post("/api/auth/forgot-user", async (req, res) => {
  const { data, error } = await supabaseAdmin.auth.admin.generateLink({ type: "recovery", email: req.body.email });
  if (!error) await mailer.send(req.body.email, data.properties.action_link);
  const user = { id: data.user.id };
  // ok: supabase-generated-link-in-response (only the user id)
  res.json({ ok: true, user });
});

app.post("/api/admin/invite", requireAdmin, async (req, res) => {
  const { data } = await supabaseAdmin.auth.admin.generateLink({ type: "invite", email: req.body.email });
  // ok: supabase-generated-link-in-response (an admin copies the invite link)
  res.json({ link: data.properties.action_link });
});

app.get("/api/docs", (req, res) => {
  const url = "https://docs.example.com";
  // ok: supabase-generated-link-in-response (no generateLink here)
  res.json({ url });
});

app.post("/api/auth/recover", async (req, res) => {
  const { data, error } = await supabaseAdmin.auth.admin.generateLink({ type: "recovery", email: req.body.email });
  // ok: supabase-generated-link-in-response (the word is only in a message)
  if (error) return res.status(400).json({ error: "missing properties for this user" });
  await mailer.send(req.body.email, data?.properties?.action_link);
  // ruleid: supabase-generated-link-in-response
  return NextResponse.json({ otp: data?.properties?.email_otp });
});
