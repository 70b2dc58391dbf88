import { onCall, HttpsError } from "firebase-functions/v2/https";
import { getFirestore } from "firebase-admin/firestore";

const db = getFirestore();

export const setUserRole = onCall<{ uid: string; role: string }>(async (request) => {
  if (request.auth?.token.admin !== true) throw new HttpsError("permission-denied", "Admins only");
  const { uid, role } = request.data;
  await db.doc(`users/${uid}`).set({ role }, { merge: true });
  return { ok: true };
});
