import { createClerkClient } from "@clerk/backend";

const clerk = createClerkClient({
  // ruleid: clerk-live-secret-key
  secretKey: "sk_live_JeiuE1K0a3wfn3QH9ZiYdG4TYmlE0luwkX6DiIB2pQ",
});
// ok: clerk-live-secret-key
const clerk2 = createClerkClient({ secretKey: process.env.CLERK_SECRET_KEY });
export { clerk, clerk2 };
