// An open relay: the caller picks the recipient, the subject and the HTML.
// ruleid: endpoint-missing-auth
Deno.serve(async (req) => {
  const { to, subject, html } = await req.json();
  const res = await fetch("https://api.resend.com/emails", {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${Deno.env.get("RESEND_API_KEY")}` },
    body: JSON.stringify({ from: "App <hello@example.com>", to: [to], subject, html }),
  });
  return new Response(JSON.stringify(await res.json()), { status: res.ok ? 200 : 400 });
});
