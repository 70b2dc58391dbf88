// The Admin SDK ignores Firestore rules: the function must check the caller itself.
import { onCall, HttpsError } from "firebase-functions/v2/https";
import { initializeApp } from "firebase-admin/app";
import { getAuth } from "firebase-admin/auth";
import { getFirestore } from "firebase-admin/firestore";

initializeApp();
const db = getFirestore();

// ruleid: service-role-without-auth
export const deleteProject = onCall(async (request) => {
  await db.collection("projects").doc(request.data.projectId).delete();
  return { ok: true };
});

// ok: service-role-without-auth
export const deleteMyProject = onCall(async (request) => {
  if (!request.auth) throw new HttpsError("unauthenticated", "Sign in first.");
  const ref = db.collection("projects").doc(request.data.projectId);
  const snap = await ref.get();
  if (snap.get("ownerId") !== request.auth.uid) throw new HttpsError("permission-denied", "Not yours.");
  await ref.delete();
  return { ok: true };
});

// Signed in is not admin: reported as `admin-route-missing-role-check`.
// ok: service-role-without-auth
export const setAdmin = onCall(async (request) => {
  if (!request.auth) throw new HttpsError("unauthenticated", "Sign in first.");
  await getAuth().setCustomUserClaims(request.data.uid, { admin: true });
  return { ok: true };
});

// ok: service-role-without-auth
export const setAdminChecked = onCall(async (request) => {
  if (request.auth?.token.admin !== true) throw new HttpsError("permission-denied", "Admins only.");
  await getAuth().setCustomUserClaims(request.data.uid, { admin: true });
  return { ok: true };
});
