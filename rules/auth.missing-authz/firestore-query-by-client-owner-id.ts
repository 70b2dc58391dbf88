// fixture-path: functions/src/index.ts
import { getAuth } from "firebase-admin/auth";
import { getFirestore } from "firebase-admin/firestore";
import { onRequest } from "firebase-functions/v2/https";

const db = getFirestore();

export const getTutorEarnings = onRequest(async (req, res) => {
  await getAuth().verifyIdToken((req.headers.authorization || "").replace("Bearer ", ""));
  const tutorId = req.query.tutorId as string;
  // ruleid: firestore-query-by-client-owner-id
  const snap = await db.collection("payments").where("tutorId", "==", tutorId).get();
  res.json(snap.docs.map((d) => d.data()));
});

export const myEarnings = onRequest(async (req, res) => {
  const decoded = await getAuth().verifyIdToken((req.headers.authorization || "").replace("Bearer ", ""));
  // ok: firestore-query-by-client-owner-id (the verified uid)
  const snap = await db.collection("payments").where("tutorId", "==", decoded.uid).get();
  res.json(snap.docs.map((d) => d.data()));
});

export const tutorEarningsChecked = onRequest(async (req, res) => {
  const decoded = await getAuth().verifyIdToken((req.headers.authorization || "").replace("Bearer ", ""));
  const tutorId = String(req.query.tutorId);
  if (tutorId !== decoded.uid && decoded.admin !== true) {
    res.status(403).end();
    return;
  }
  // ok: firestore-query-by-client-owner-id (checked against the caller)
  const snap = await db.collection("payments").where("tutorId", "==", tutorId).get();
  res.json(snap.docs.map((d) => d.data()));
});
