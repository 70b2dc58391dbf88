"use client";
export async function load() {
  // ok: node-http-call-without-timeout
  const r = await fetch("https://api.github.com/zen");
  return r.text();
}
