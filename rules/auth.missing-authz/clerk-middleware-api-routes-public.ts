// fixture-path: middleware.ts
import { clerkMiddleware, createRouteMatcher } from "@clerk/nextjs/server";

// Pages anyone can see. API routes do their own auth checks inside the handler.
// ruleid: clerk-middleware-api-routes-public
const isPublicRoute = createRouteMatcher(["/", "/sign-in(.*)", "/api(.*)"]);

// ok: clerk-middleware-api-routes-public
const isWebhook = createRouteMatcher(["/", "/sign-in(.*)", "/api/webhooks(.*)"]);

// A list of protected routes that includes the API.
// ok: clerk-middleware-api-routes-public
const isProtectedRoute = createRouteMatcher(["/dashboard(.*)", "/api(.*)"]);

// The finding is on the `/api` entry.
const skipAuth = createRouteMatcher([
  "/",
  // ruleid: clerk-middleware-api-routes-public
  "/api/(.*)",
]);

export default clerkMiddleware(async (auth, request) => {
  if (isProtectedRoute(request)) await auth.protect();
  if (!isPublicRoute(request) && !isWebhook(request) && !skipAuth(request)) {
    await auth.protect();
  }
});

export const config = {
  // ok: clerk-middleware-api-routes-public
  matcher: ["/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|png|svg|ico)).*)", "/(api|trpc)(.*)"],
};
