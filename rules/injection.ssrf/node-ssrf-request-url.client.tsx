"use client";
import { useSearchParams } from "next/navigation";

export function Preview() {
  const searchParams = useSearchParams();
  async function load() {
    // ok: node-ssrf-request-url
    const r = await fetch(searchParams.get("url")!);
    return r.text();
  }
  return <button onClick={load}>Load</button>;
}
