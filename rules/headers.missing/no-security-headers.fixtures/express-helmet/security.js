import helmet from "helmet";
export const security = helmet({ contentSecurityPolicy: { directives: { defaultSrc: ["'self'"] } } });
