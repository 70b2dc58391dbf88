import { handlers } from "@/auth";

// The credentials provider in auth.ts checks a password on every POST here.
// ruleid: endpoint-missing-rate-limit
export const { GET, POST } = handlers;
