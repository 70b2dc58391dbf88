// A file with no JWT library: TextEncoder on a literal is just bytes.
export function digestInput() {
  // ok: jwt-hardcoded-secret
  return new TextEncoder().encode("hello world");
}
