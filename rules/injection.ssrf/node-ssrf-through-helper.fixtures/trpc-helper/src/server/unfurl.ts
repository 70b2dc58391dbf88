export async function unfurl(link: string) {
  // ruleid: node-ssrf-through-helper
  const res = await fetch(link);
  return { url: res.url, ok: res.ok };
}

export async function warmCache(link: string) {
  // ok: node-ssrf-through-helper (only called with a constant)
  await fetch(link);
}

warmCache("https://example.org/");
