// fixture-path: src/lib/auth.ts
export function persist(data: { accessToken: string; refreshToken: string; theme: string }) {
  // The key is neutral, the value is the refresh token.
  // ruleid: js-token-in-localstorage
  localStorage.setItem("sb_refresh", data.refreshToken);
  // ruleid: js-token-in-localstorage
  sessionStorage.setItem("a", data.accessToken);
  // ok: js-token-in-localstorage
  localStorage.setItem("theme", data.theme);
  // ok: js-token-in-localstorage
  localStorage.setItem("lastVisit", data.theme + Date.now());
}
