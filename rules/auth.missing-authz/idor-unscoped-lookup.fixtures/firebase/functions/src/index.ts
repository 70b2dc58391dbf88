import * as functions from "firebase-functions/v1";
import { onCall, HttpsError } from "firebase-functions/v2/https";
import { getFirestore } from "firebase-admin/firestore";

const db = getFirestore();

export const getInvoice = onCall(async (request) => {
  if (!request.auth) throw new HttpsError("unauthenticated", "Sign in first.");
  // ruleid: idor-unscoped-lookup
  const snap = await db.collection("invoices").doc(request.data.invoiceId).get();
  return snap.data();
});

export const getMyInvoice = onCall(async (request) => {
  if (!request.auth) throw new HttpsError("unauthenticated", "Sign in first.");
  // ok: idor-unscoped-lookup
  const snap = await db.collection("invoices").doc(request.data.invoiceId).get();
  if (snap.get("userId") !== request.auth.uid) throw new HttpsError("not-found", "No such invoice.");
  return snap.data();
});

export const getOrder = functions.https.onCall(async (data, context) => {
  if (!context.auth) throw new functions.https.HttpsError("unauthenticated", "Sign in first.");
  const { orderId } = data;
  // ruleid: idor-unscoped-lookup
  const order = await db.collection("orders").doc(orderId).get();
  return order.data();
});

export const listMyOrders = functions.https.onCall(async (data, context) => {
  if (!context.auth) throw new functions.https.HttpsError("unauthenticated", "Sign in first.");
  // ok: idor-unscoped-lookup
  const q = await db.collection("orders").where("userId", "==", context.auth.uid).limit(data.limit ?? 20).get();
  return q.docs.map((d) => d.data());
});

export const getProfile = onCall(async ({ data, auth }) => {
  if (!auth) throw new HttpsError("unauthenticated", "Sign in first.");
  // ok: idor-unscoped-lookup
  const me = await db.collection("profiles").doc(auth.uid).get();
  return { me: me.data(), theme: data.theme };
});
