// fixture-path: src/middleware.ts
import { authMiddleware } from "@clerk/nextjs";

// ruleid: clerk-middleware-api-routes-public
const publicRoutes = ["/", "/api/(.*)"];

// ok: clerk-middleware-api-routes-public (only the webhook is skipped)
const ignoredRoutes = ["/api/webhooks/stripe"];

export default authMiddleware({ publicRoutes, ignoredRoutes });

export const config = { matcher: ["/((?!.+\\.[\\w]+$|_next).*)", "/", "/(api|trpc)(.*)"] };
