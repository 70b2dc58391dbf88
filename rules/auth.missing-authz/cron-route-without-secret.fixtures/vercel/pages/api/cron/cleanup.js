import { adminDb } from "../../../lib/firebaseAdmin";

// ruleid: cron-route-without-secret
export default async function handler(req, res) {
  const old = await adminDb.collection("sessions").where("expiresAt", "<", new Date()).get();
  await Promise.all(old.docs.map((d) => d.ref.delete()));
  res.json({ deleted: old.size });
}
