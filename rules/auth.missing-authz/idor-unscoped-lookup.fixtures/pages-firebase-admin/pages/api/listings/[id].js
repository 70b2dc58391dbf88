import { requireUser } from "../../../lib/auth";
import { adminDb } from "../../../lib/firebaseAdmin";

export default async function handler(req, res) {
  const { id } = req.query;
  // ok: idor-unscoped-lookup (the PATCH branch compares the seller with the caller first)
  const ref = adminDb.collection("listings").doc(id);

  if (req.method === "PATCH") {
    const user = await requireUser(req, res);
    if (!user) return;
    const doc = await ref.get();
    if (!doc.exists || doc.data().sellerId !== user.uid) {
      return res.status(403).json({ error: "Not your listing" });
    }
    await ref.update({ title: String(req.body.title).slice(0, 120), updatedAt: Date.now() });
    return res.json({ ok: true });
  }
  res.status(405).end();
}
