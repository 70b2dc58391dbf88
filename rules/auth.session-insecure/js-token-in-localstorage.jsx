import { useState } from "react";
const TOKEN_KEY = "app.token";

export function useAuth() {
  const [user, setUser] = useState(null);
  async function login(email, password) {
    const res = await fetch("/api/login", { method: "POST", body: JSON.stringify({ email, password }) });
    const data = await res.json();
    // ruleid: js-token-in-localstorage
    localStorage.setItem("token", data.token);


    // ruleid: js-token-in-localstorage
    window.localStorage.setItem("accessToken", data.accessToken);


    // ruleid: js-token-in-localstorage
    sessionStorage.setItem('jwt', data.jwt);


    // ruleid: js-token-in-localstorage
    localStorage.setItem(TOKEN_KEY, data.token);


    // ruleid: js-token-in-localstorage
    localStorage.token = data.token;


    // ruleid: js-token-in-localstorage
    localStorage.setItem("auth", JSON.stringify(data));


    // ok: js-token-in-localstorage
    localStorage.setItem("user", JSON.stringify({ name: data.name }));
    // ok: js-token-in-localstorage
    localStorage.setItem("theme", "dark");
    // ok: js-token-in-localstorage
    localStorage.removeItem("token");
    // ok: js-token-in-localstorage
    if (localStorage.token == null) setUser(null);
    // ok: js-token-in-localstorage
    localStorage.setItem("authRedirectPath", window.location.pathname);
    setUser(data.user);
  }
  return { user, login };
}
