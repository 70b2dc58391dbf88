// Not Better Auth: an unrelated options object with the same key.
const proxyOptions = {
  // ok: better-auth-csrf-check-disabled
  disableCSRFCheck: true,
};
export default proxyOptions;
