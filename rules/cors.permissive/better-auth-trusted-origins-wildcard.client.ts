// fixture-path: src/lib/other-auth.ts
// Another library's option with the same name: not Better Auth's server config.
import { createAuth } from "@aura-stack/auth";

export const auth = createAuth({
  // ok: better-auth-trusted-origins-wildcard
  trustedOrigins: ["*"],
});
