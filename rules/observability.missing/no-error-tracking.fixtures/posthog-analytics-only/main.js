import posthog from 'posthog-js';
posthog.init(import.meta.env.VITE_POSTHOG_KEY);
posthog.capture('signup_clicked');
