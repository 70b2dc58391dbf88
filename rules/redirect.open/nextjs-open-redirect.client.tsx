"use client";
import { useRouter, useSearchParams } from "next/navigation";

export function AfterLogin() {
  const router = useRouter();
  const searchParams = useSearchParams();
  function done() {
    // ruleid: nextjs-open-redirect
    router.push(searchParams.get("returnTo") || "/");
    // ok: nextjs-open-redirect
    router.push("/dashboard");
  }
  return <button onClick={done}>Continue</button>;
}
