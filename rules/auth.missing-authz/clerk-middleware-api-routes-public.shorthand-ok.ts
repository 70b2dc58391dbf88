// fixture-path: src/middleware.ts
import { authMiddleware } from "@clerk/nextjs";

// ok: clerk-middleware-api-routes-public (only the home page and the webhooks are public)
const publicRoutes = ["/", "/api/webhooks(.*)"];

// ok: clerk-middleware-api-routes-public (a list that is never given to authMiddleware)
const docsRoutes = ["/", "/api/(.*)"];

export default authMiddleware({ publicRoutes: publicRoutes, afterAuth: () => docsRoutes });
