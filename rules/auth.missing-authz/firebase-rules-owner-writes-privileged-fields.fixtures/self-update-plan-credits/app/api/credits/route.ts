import { getApps, initializeApp } from "firebase-admin/app";
import { getFirestore } from "firebase-admin/firestore";

const db = getFirestore(getApps()[0] ?? initializeApp());

export async function hasCredits(uid: string) {
  const snap = await db.doc(`users/${uid}`).get();
  return snap.get("plan") === "pro" || (snap.get("credits") ?? 0) > 0;
}

export async function profileCard(uid: string) {
  const p = await db.doc(`profiles/${uid}`).get();
  return { name: p.get("displayName"), plan: p.get("plan") };
}
