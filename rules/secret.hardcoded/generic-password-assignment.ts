// ruleid: generic-password-assignment
const admin = { email: "admin@shop.dev", password: "S3cure!ButuwY" };
// ruleid: generic-password-assignment
const transport = nodemailer.createTransport({ host: "smtp.gmail.com", auth: { user: "shop@gmail.com", pass: "qwerty12345!" } });
// ok: generic-password-assignment
const user = { email, password: hashedPassword };
// ok: generic-password-assignment
const form = { password: "", confirmPassword: "" };
// ok: generic-password-assignment
const login = { password: req.body.password };
// ok: generic-password-assignment
const labels = { password: "Password", newPassword: "New password" };
export { admin, user, form, login, labels };
