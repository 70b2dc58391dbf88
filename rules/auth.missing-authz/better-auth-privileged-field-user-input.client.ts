// fixture-path: src/lib/auth-client.ts
// The client's type inference mirrors the server schema; it grants nothing by itself.
import { createAuthClient } from "better-auth/react";
import { inferAdditionalFields } from "better-auth/client/plugins";

export const authClient = createAuthClient({
  plugins: [
    inferAdditionalFields({
      user: {
        // ok: better-auth-privileged-field-user-input
        role: { type: "string" },
      },
    }),
  ],
});
