export function saveSession(data) {
  // ruleid: js-token-in-document-cookie
  document.cookie = `token=${data.token}; path=/; max-age=86400`;
  // ruleid: js-token-in-document-cookie
  document.cookie = "session_id=" + data.sessionId + "; path=/";
  // ok: js-token-in-document-cookie
  document.cookie = "theme=dark; path=/; max-age=31536000";
  // ok: js-token-in-document-cookie
  document.cookie = "token=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/";
  // ok: js-token-in-document-cookie
  const has = document.cookie.includes("token=");
  return has;
}
