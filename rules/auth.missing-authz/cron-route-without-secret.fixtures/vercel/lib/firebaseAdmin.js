import admin from "firebase-admin"; if (!admin.apps.length) admin.initializeApp(); export const adminDb = admin.firestore();
