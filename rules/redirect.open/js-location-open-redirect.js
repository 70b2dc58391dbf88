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

export async function afterSignIn(searchParams) {
  const redirectTo = searchParams.get("redirectTo");
  await refreshSession();
  // ruleid: js-location-open-redirect
  window.location.href = redirectTo || "/app";
}

export function backToCart(query) {
  const target = query.returnUrl;
  // ruleid: js-location-open-redirect
  window.location.replace(target);
}

export async function startCheckout(priceId) {
  const { url } = await createCheckout(priceId);
  const destination = url;
  // ok: js-location-open-redirect
  window.location.href = destination;
}

export function goHome(fallback) {
  // ok: js-location-open-redirect
  window.location.href = fallback;
}
