import jwt from "jsonwebtoken";

// ok: generic-jwt-secret (reported once, by jwt-hardcoded-secret at the sign call)
const API_TOKEN_JWT_SECRET = "projecthub-cli-signing-secret-2024";
export function createApiToken(userId: string) {
  return jwt.sign({ sub: userId }, API_TOKEN_JWT_SECRET, { expiresIn: "1h" });
}

// ruleid: generic-jwt-secret (no call in this file uses it)
export const REFRESH_JWT_SECRET = "projecthub-refresh-signing-secret-2024";
