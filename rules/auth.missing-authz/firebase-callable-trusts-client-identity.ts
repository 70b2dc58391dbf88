// fixture-path: functions/src/index.ts
import { getAuth } from "firebase-admin/auth";
import { FieldValue, getFirestore } from "firebase-admin/firestore";
import { HttpsError, onCall } from "firebase-functions/v2/https";

const db = getFirestore();

export const cancelBooking = onCall(async (request) => {
  if (!request.auth) throw new HttpsError("unauthenticated", "Please sign in.");
  // ruleid: firebase-callable-trusts-client-identity
  const { bookingId, userId } = request.data as { bookingId: string; userId: string };
  const snap = await db.collection("bookings").doc(bookingId).get();
  if (snap.data()?.studentId !== userId) throw new HttpsError("permission-denied", "Not your booking");
  await db.collection("users").doc(userId).update({ credits: FieldValue.increment(1) });
  return { ok: true };
});

export const setUserRole = onCall(async (request) => {
  if (!request.auth) throw new HttpsError("unauthenticated", "Please sign in.");
  // ruleid: firebase-callable-trusts-client-identity
  const { targetUid, role, callerRole } = request.data as { targetUid: string; role: string; callerRole: string };
  if (callerRole !== "admin") throw new HttpsError("permission-denied", "Admins only");
  await getAuth().setCustomUserClaims(targetUid, { role });
  return { ok: true };
});

export const shareBoard = onCall(async (request) => {
  // ok: firebase-callable-trusts-client-identity (the id names the person shared with, and the caller comes from request.auth)
  const { boardId, userId } = request.data;
  const board = (await db.collection("boards").doc(boardId).get()).data();
  if (board?.ownerId !== request.auth?.uid) throw new HttpsError("permission-denied", "Not yours");
  await db.collection("boards").doc(boardId).update({ members: FieldValue.arrayUnion(userId) });
  return { ok: true };
});

export const adminSetRole = onCall(async (request) => {
  if (request.auth?.token.admin !== true) throw new HttpsError("permission-denied", "Admins only");
  // ok: firebase-callable-trusts-client-identity (the caller is checked by its custom claim)
  const { uid, role } = request.data;
  await getAuth().setCustomUserClaims(uid, { role });
  await db.collection("users").doc(uid).update({ role });
  return { ok: true };
});
