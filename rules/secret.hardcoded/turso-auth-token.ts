import { createClient } from "@libsql/client";

export const db = createClient({
  url: "libsql://shop-d9koqtgq.turso.io",
  // ruleid: turso-auth-token
  authToken: "eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9.eyJhIjoicnciLCJpYXQiOjE3MDk0ODI2NjIsImlkIjoiNzJmMGNmYmEtNDgyYy00NzljLWEzNjMtZTUzODRkZmQ0MThjIn0.ZOu15CVoOvs-TkYVF9PEm9KizfeRNFYIbzbk1GGPf5zbdgLAC5WBkj2quC_AmeBF7n3k-m8ADn_P2gMFTt4Kxr",
});

export const db2 = createClient({
  url: process.env.TURSO_DATABASE_URL!,
  // ok: turso-auth-token
  authToken: process.env.TURSO_AUTH_TOKEN,
});
