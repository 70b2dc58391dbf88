// fixture-path: src/lib/config.ts
export const config = {
  // ruleid: generic-auth-secret
  secret: process.env.AUTH_SECRET || "projecthub-dev-secret-2024",
  // ok: generic-auth-secret (a webhook signing name, not a session secret)
  webhook: { secret: process.env.STRIPE_WEBHOOK_SECRET ?? "local-webhook-signing-2024" },
};

export const upload = {
  // ok: generic-auth-secret (a plain `secret` key with no auth variable or options object around)
  secret: process.env.UPLOAD_SIGNING_KEY ?? "local-uploads-key",
};
