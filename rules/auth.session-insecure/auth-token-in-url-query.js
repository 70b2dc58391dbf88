import { signInWithEmailAndPassword, getAuth } from "firebase/auth";

export async function submit(email, password) {
  const cred = await signInWithEmailAndPassword(getAuth(), email, password);
  const idToken = await cred.user.getIdToken();
  // ruleid: auth-token-in-url-query
  window.location.href = `/api/auth/callback?token=${idToken}&next=/dashboard`;
}

export async function exportCsv() {
  const token = await getAuth().currentUser.getIdToken();
  // ruleid: auth-token-in-url-query
  const res = await fetch(`/api/export?format=csv&idToken=${token}`);
  return res.blob();
}

export async function download(session) {
  // ruleid: auth-token-in-url-query
  window.open("/api/report.pdf?access_token=" + session.access_token);
}

export function reportUrl(accessToken) {
  const url = new URL("/api/report", window.location.origin);
  // ruleid: auth-token-in-url-query
  url.searchParams.set("token", accessToken);
  return url.toString();
}

export async function withHeader() {
  const idToken = await getAuth().currentUser.getIdToken();
  // ok: auth-token-in-url-query (the token travels in a header)
  return fetch(`/api/export?format=csv`, { headers: { Authorization: `Bearer ${idToken}` } });
}

export function map(center) {
  // ok: auth-token-in-url-query (a public Mapbox token from configuration)
  return `https://api.mapbox.com/styles/v1/mapbox/streets-v12/static/${center}/600x400?access_token=${process.env.NEXT_PUBLIC_MAPBOX_TOKEN}`;
}

export function page(nextPageToken) {
  // ok: auth-token-in-url-query (a pagination cursor, not a credential)
  return fetch(`/api/items?pageToken=${nextPageToken}`);
}

export function image(file) {
  // ok: auth-token-in-url-query (a Storage download token)
  return `https://firebasestorage.googleapis.com/v0/b/app/o/${file.path}?alt=media&token=${file.downloadToken}`;
}

export async function live() {
  const idToken = await getAuth().currentUser.getIdToken();
  // ok: auth-token-in-url-query (browsers cannot set headers on a WebSocket)
  return new WebSocket(`wss://${location.host}/ws?token=${idToken}`);
}

export function resetLink(token) {
  // ok: auth-token-in-url-query (a one-time reset token, made for links)
  return `${window.location.origin}/reset-password?token=${token}`;
}

export function feed(csrfToken) {
  // ok: auth-token-in-url-query (not an auth token)
  return fetch(`/api/feed?token=${csrfToken}`);
}
