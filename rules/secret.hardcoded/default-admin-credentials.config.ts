// fixture-path: src/config/admin.ts
// ruleid: default-admin-credentials
export const ADMIN_PASSWORD = process.env.ADMIN_PASSWORD || "letmein2024";
// ok: default-admin-credentials
export const ADMIN_EMAIL = process.env.ADMIN_EMAIL || "admin@example.com";
// ok: default-admin-credentials
export const SMTP_PASSWORD = process.env.SMTP_PASSWORD;

export async function ensureAdmin(db: Db) {
  const exists = await db.users.findOne({ role: "admin" });
  if (!exists) {
    // ruleid: default-admin-credentials
    await db.users.insertOne({ username: "admin", password: await hashPassword("admin"), role: "admin" });
  }
}

export const mailer = nodemailer.createTransport({
  host: "smtp.example.net",
  // ok: default-admin-credentials (a mail account, even next to the admin seed)
  auth: { user: "admin@example.net", pass: "Mailer#2024" },
});

// todoruleid: default-admin-credentials (an admin by name only: no role, flag or admin-looking value)
export const SEED_ACCOUNT = { username: "admin", password: "Tr0ub4dor&3" };
