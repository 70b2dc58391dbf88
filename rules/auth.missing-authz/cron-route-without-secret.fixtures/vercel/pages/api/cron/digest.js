import { adminDb } from "../../../lib/firebaseAdmin";

// ok: cron-route-without-secret
export default async function handler(req, res) {
  if (!process.env.CRON_SECRET || req.headers.authorization !== `Bearer ${process.env.CRON_SECRET}`) {
    return res.status(401).end();
  }
  const users = await adminDb.collection("users").where("digest", "==", true).get();
  await Promise.all(users.docs.map((u) => u.ref.update({ lastDigestAt: new Date() })));
  res.json({ sent: users.size });
}
