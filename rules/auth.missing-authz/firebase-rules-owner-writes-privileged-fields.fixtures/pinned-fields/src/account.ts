import { doc, getDoc } from "firebase/firestore";
import { db } from "./firebase";

export async function loadAccount(uid: string) {
  const user = await getDoc(doc(db, "users", uid));
  const role = user.data()?.role;
  const profile = await getDoc(doc(db, "profiles", uid));
  const plan = profile.data()?.plan;
  const account = await getDoc(doc(db, "accounts", uid));
  const credits = account.data()?.credits;
  const member = await getDoc(doc(db, "members", uid));
  return { role, plan, credits, isAdmin: member.data()?.isAdmin };
}
