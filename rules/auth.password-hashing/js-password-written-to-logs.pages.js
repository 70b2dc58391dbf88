// fixture-path: pages/api/auth/login.js
export default async function handler(req, res) {
  // ruleid: js-password-written-to-logs
  console.log(req.body);
  res.status(200).json({ ok: true });
}
