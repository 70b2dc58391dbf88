import { handlers } from "@/auth";

// OAuth only: the provider checks the password.
// ok: endpoint-missing-rate-limit
export const { GET, POST } = handlers;
