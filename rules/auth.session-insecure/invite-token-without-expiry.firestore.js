// fixture-path: pages/api/invites/accept.js
import { adminAuth, adminDb } from "@/lib/firebaseAdmin";

export default async function handler(req, res) {
  const decoded = await adminAuth.verifyIdToken((req.headers.authorization || "").replace(/^Bearer /, ""));
  // ruleid: invite-token-without-expiry
  const snap = await adminDb.collection("invites").where("token", "==", req.body.token).limit(1).get();
  if (snap.empty) return res.status(404).json({ error: "Invalid invite" });
  const invite = snap.docs[0].data();
  // ok: invite-token-without-expiry (a different collection)
  const team = await adminDb.collection("teams").where("token", "==", invite.teamId).get();
  await adminDb.collection("teams").doc(invite.teamId).collection("members").doc(decoded.uid).set({ role: invite.role });
  res.status(200).json({ teamId: invite.teamId, members: team.size });
}
