// Not UploadThing: an Express app's middleware.
import express from "express";
const app = express();
// ok: uploadthing-route-without-auth
app.use(express.json());
export function applyMiddleware(router: any) {
  // ok: uploadthing-route-without-auth
  router.middleware((req: any, res: any, next: any) => next());
}
