const { createClient } = require("@supabase/supabase-js")
const supabaseAdmin = createClient(process.env.SUPABASE_URL, process.env.SUPABASE_SERVICE_ROLE_KEY)

app.post("/api/auth/forgot", async (req, res) => {
  const { data, error } = await supabaseAdmin.auth.admin.generateLink({ type: "recovery", email: req.body.email })
  if (error) {
    // ok: supabase-generated-link-in-response (the next line mails the link)
    res.status(400).json({ ok: false })
    await mailer.send(req.body.email, data.properties.action_link)
    return
  }
  // ruleid: supabase-generated-link-in-response
  res.json({ link: data.properties.action_link })
})
