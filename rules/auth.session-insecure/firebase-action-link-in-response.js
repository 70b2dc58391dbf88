const express = require("express");
const { getAuth } = require("firebase-admin/auth");

const router = express.Router();

router.post("/auth/forgot", async (req, res) => {
  const link = await getAuth().generatePasswordResetLink(req.body.email);
  await mailer.send(req.body.email, link);
  // ruleid: firebase-action-link-in-response
  res.json({ ok: true, link });
});

router.post("/auth/forgot-safe", async (req, res) => {
  const link = await getAuth().generatePasswordResetLink(req.body.email);
  await mailer.send(req.body.email, link);
  // ok: firebase-action-link-in-response
  res.json({ ok: true });
});

router.get("/docs", (req, res) => {
  const url = "https://docs.example.com";
  // ok: firebase-action-link-in-response
  res.json({ url });
});

router.post("/auth/magic", async (req, res) => {
  // ruleid: firebase-action-link-in-response
  return res.status(200).json({ url: await getAuth().generateSignInWithEmailLink(req.body.email, settings) });
});

router.post("/auth/magic-mail", async (req, res) => {
  // ok: firebase-action-link-in-response (mailed, not returned)
  await mailer.send(req.body.email, await getAuth().generateSignInWithEmailLink(req.body.email, settings));
  res.json({ sent: true });
});

router.post("/auth/verify", async (req, res) => {
  const verifyUrl = await getAuth().generateEmailVerificationLink(req.body.email);
  // ruleid: firebase-action-link-in-response
  res.status(201).json({ created: true, verifyUrl });
});
