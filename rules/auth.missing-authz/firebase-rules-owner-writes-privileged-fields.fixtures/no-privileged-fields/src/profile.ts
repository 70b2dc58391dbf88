import { doc, setDoc } from "firebase/firestore";
import { db } from "./firebase";

export async function saveProfile(uid: string, displayName: string, photoURL: string) {
  await setDoc(doc(db, "users", uid), { displayName, photoURL }, { merge: true });
}

export async function saveSettings(uid: string) {
  await setDoc(doc(db, "settings", uid), { theme: "dark", locale: "en" });
}

// The role lives in a custom claim set by the server, not in the user document.
export async function isAdmin(user: { getIdTokenResult(): Promise<{ claims: Record<string, unknown> }> }) {
  const { claims } = await user.getIdTokenResult();
  return claims.role === "admin";
}
