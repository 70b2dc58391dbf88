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

export async function loginAndStore(email: string, password: string) {
  const res = await fetch("/api/auth/login", { method: "POST", body: JSON.stringify({ email, password }) });
  const data = await res.json();
  // ruleid: js-token-in-localstorage
  localStorage.setItem("token", data.access_token);
  // ok: js-token-in-localstorage (the same storing block: one finding)
  localStorage.setItem("refresh_token", data.refresh_token);
  return data;
}
