import { useSearchParams } from "react-router-dom";

export default function Auth() {
  const [params] = useSearchParams();

  const afterLogin = () => {
    const { returnTo } = Object.fromEntries(params.entries());
    // ruleid: js-location-open-redirect
    window.location.assign(returnTo || "/dashboard");
  };

  const afterSignup = () => {
    const { next: target } = Object.fromEntries(new URLSearchParams(window.location.search));
    // ruleid: js-location-open-redirect
    window.location.href = target;
  };

  const afterLogout = () => {
    const { theme } = Object.fromEntries(Object.entries(localStorage));
    const { home } = Object.fromEntries([["home", "/welcome"]]);
    // ok: js-location-open-redirect
    window.location.assign(home);
    return theme;
  };

  const afterReset = () => {
    const { returnTo } = Object.fromEntries(params.entries());
    const target = new URL(returnTo ?? "/", window.location.origin);
    // ok: js-location-open-redirect
    window.location.assign(target.origin === window.location.origin ? target.pathname : "/");
  };

  return (
    <div>
      <button onClick={afterLogin}>Continue</button>
      <button onClick={afterSignup}>Sign up</button>
      <button onClick={afterLogout}>Log out</button>
      <button onClick={afterReset}>Reset</button>
    </div>
  );
}
