// fixture-path: src/components/sign-up-form.tsx
"use client";
// A form's own setting, not the server's policy.
// ok: better-auth-short-minimum-password
const rules = { minPasswordLength: 6 };
export default rules;
