// fixture-path: functions/src/index.ts
import { cert, getApps, initializeApp, type ServiceAccount } from "firebase-admin/app";
import { getFirestore } from "firebase-admin/firestore";
import { onRequest } from "firebase-functions/v2/https";
import serviceAccount from "../serviceAccountKey.json";

// ok: firebase-admin-app-per-request (module level, once)
const app = initializeApp();
const db = getFirestore(app);

export const getTutorEarnings = onRequest({ cors: true }, async (req, res) => {
  // ruleid: firebase-admin-app-per-request
  const perCall = initializeApp({ credential: cert(serviceAccount as ServiceAccount) }, `earnings-${Date.now()}`);
  const snap = await getFirestore(perCall).collection("payments").get();
  res.json({ count: snap.size });
});

export const stats = onRequest(async (_req, res) => {
  // ok: firebase-admin-app-per-request (lazy singleton)
  const shared = getApps()[0] ?? initializeApp();
  const snap = await getFirestore(shared).collection("stats").get();
  res.json({ count: snap.size, db: Boolean(db) });
});
