const express = require("express");
const admin = require("firebase-admin");

admin.initializeApp();
const db = admin.firestore();
const router = express.Router();

router.post("/profile", requireAuth, async (req, res) => {
  // ruleid: js-mass-assignment-request-body
  await db.collection("users").doc(req.user.uid).set(req.body, { merge: true });
  res.json({ ok: true });
});

router.put("/projects/:id", requireAuth, async (req, res) => {
  const ref = db.collection("projects").doc(req.params.id);
  // ruleid: js-mass-assignment-request-body
  await ref.update(req.body);
  res.json({ ok: true });
});

router.post("/profile/name", requireAuth, async (req, res) => {
  // ok: js-mass-assignment-request-body (one named field)
  await db.collection("users").doc(req.user.uid).update({ displayName: String(req.body.displayName).slice(0, 80) });
  res.json({ ok: true });
});

router.post("/profile/v2", requireAuth, async (req, res) => {
  const data = ProfileInput.parse(req.body);
  // ok: js-mass-assignment-request-body (schema-validated)
  await db.collection("users").doc(req.user.uid).set(data, { merge: true });
  res.json({ ok: true });
});

module.exports = router;
