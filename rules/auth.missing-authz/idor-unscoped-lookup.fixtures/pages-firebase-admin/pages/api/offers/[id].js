import { requireUser } from "../../../lib/auth";
import { adminDb } from "../../../lib/firebaseAdmin";

export default async function handler(req, res) {
  const { id } = req.query;
  // ruleid: idor-unscoped-lookup
  const ref = adminDb.collection("offers").doc(id);

  if (req.method === "PATCH") {
    const user = await requireUser(req, res);
    if (!user) return;
    const doc = await ref.get();
    if (!doc.exists) return res.status(404).json({ error: "Not found" });
    await ref.update({ amount: Number(req.body.amount), updatedAt: Date.now() });
    return res.json({ ok: true });
  }
  res.status(405).end();
}
