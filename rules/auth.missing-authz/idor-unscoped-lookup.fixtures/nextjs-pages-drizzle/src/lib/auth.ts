import jwt from "jsonwebtoken";
import { cookies } from "next/headers";

export async function getSession() {
  const t = (await cookies()).get("session")?.value;
  if (!t) return null;
  return jwt.verify(t, process.env.JWT_SECRET!, { algorithms: ["HS256"] }) as { userId: number };
}
