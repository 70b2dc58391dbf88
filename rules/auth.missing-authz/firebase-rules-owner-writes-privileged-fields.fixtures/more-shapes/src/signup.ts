import { doc, setDoc, serverTimestamp } from "firebase/firestore";
import { db } from "./firebase";

export async function createUserDoc(uid: string, email: string) {
  await setDoc(doc(db, "users", uid), {
    email,
    role: "user",
    createdAt: serverTimestamp(),
  });
}

export async function join(wsId: string, uid: string) {
  await setDoc(doc(db, "workspaces", wsId, "members", uid), { nickname: "", role: "viewer" });
}

export async function createCustomer(uid: string) {
  await setDoc(doc(db, "customers", uid), { stripeId: "", subscriptionStatus: "none" });
}

export async function publish(post: { title: string; role: string }) {
  return setDoc(doc(db, "posts", crypto.randomUUID()), { title: post.title, role: post.role });
}
