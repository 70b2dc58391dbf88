// ruleid: sentry-auth-token
const token = "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";
// ok: sentry-auth-token
const token2 = process.env.SENTRY_AUTH_TOKEN;
module.exports = { token, token2 };
