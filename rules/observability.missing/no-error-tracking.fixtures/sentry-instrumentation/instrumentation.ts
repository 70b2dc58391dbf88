// The SDK is installed by the monorepo root; initialised here for the server runtime.
import * as Sentry from "@sentry/nextjs";

export function register() {
  Sentry.init({ dsn: process.env.SENTRY_DSN, tracesSampleRate: 0.1 });
}
