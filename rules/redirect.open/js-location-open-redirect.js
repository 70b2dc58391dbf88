export function finishLogin() {
  const params = new URLSearchParams(window.location.search);
  // ruleid: js-location-open-redirect
  window.location.href = params.get("redirect") || "/";
  // ruleid: js-location-open-redirect
  location.assign(new URLSearchParams(location.search).get("next"));
  // ok: js-location-open-redirect
  window.location.href = "/dashboard";
  // ok: js-location-open-redirect
  window.location.href = `/search?q=${params.get("q")}`;
  // ok: js-location-open-redirect
  if (window.location.href === params.get("x")) return;
}

export function safe() {
  const next = new URLSearchParams(location.search).get("next") || "/";
  const isLocal = next.startsWith("/") && !next.startsWith("//");
  // ok: js-location-open-redirect
  window.location.href = isLocal ? next : "/";
}
