// firebase-functions v1 callables in CommonJS: `(data, context)`.
const functions = require("firebase-functions/v1");
const admin = require("firebase-admin");

// ruleid: service-role-without-auth
exports.purgeCache = functions.region("europe-west1").https.onCall(async (data, context) => {
  await admin.firestore().collection("cache").doc(data.key).delete();
  return { ok: true };
});

// ok: service-role-without-auth
exports.purgeMyCache = functions.https.onCall(async (data, context) => {
  if (!context.auth) {
    throw new functions.https.HttpsError("unauthenticated", "Sign in first.");
  }
  await admin.firestore().collection("cache").doc(context.auth.uid).delete();
  return { ok: true };
});
