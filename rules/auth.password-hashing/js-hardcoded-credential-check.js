function login(req, res) {
  const { username, password } = req.body;
  // ruleid: js-hardcoded-credential-check
  if (username === "admin" && password === "admin123") {
    req.session.isAdmin = true;
  }
  // ruleid: js-hardcoded-credential-check
  if ("Sup3rS3cret!" === req.body.adminPassword) req.session.isAdmin = true;
  // ok: js-hardcoded-credential-check
  if (typeof password === "string" && password.length >= 8) res.status(200);
  // ok: js-hardcoded-credential-check
  if (field.type === "password") res.status(200);
  // ok: js-hardcoded-credential-check
  if (password === "") return res.status(400).end();
  // ok: js-hardcoded-credential-check
  const valid = await bcrypt.compare(password, user.passwordHash);
  return valid;
}
module.exports = { login };
