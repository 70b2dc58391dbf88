// fixture-path: src/middleware.ts
import { authMiddleware } from "@clerk/nextjs";

export default authMiddleware({
  // ruleid: clerk-middleware-api-routes-public
  publicRoutes: ["/", "/api(.*)"],
  // ok: clerk-middleware-api-routes-public
  ignoredRoutes: ["/api/webhooks/stripe"],
});
