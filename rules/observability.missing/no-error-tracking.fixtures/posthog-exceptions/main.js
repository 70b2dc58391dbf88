import posthog from 'posthog-js';
posthog.init(import.meta.env.VITE_POSTHOG_KEY, { capture_exceptions: true });
window.addEventListener('unhandledrejection', (e) => posthog.captureException(e.reason));
