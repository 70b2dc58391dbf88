// A router helper named `redirect`, not an Auth.js callback.
import { Router } from "express";

const router = Router();
export const helpers = {
  // ok: authjs-redirect-callback-allows-any-url
  redirect({ url }) {
    return url;
  },
};
export default router;
