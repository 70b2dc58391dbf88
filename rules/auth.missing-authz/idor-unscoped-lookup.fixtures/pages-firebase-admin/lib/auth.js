import { getAuth } from "firebase-admin/auth";

export async function requireUser(req, res) {
  const token = (req.headers.authorization || "").replace("Bearer ", "");
  try {
    return await getAuth().verifyIdToken(token);
  } catch {
    res.status(401).json({ error: "Sign in first" });
    return null;
  }
}
