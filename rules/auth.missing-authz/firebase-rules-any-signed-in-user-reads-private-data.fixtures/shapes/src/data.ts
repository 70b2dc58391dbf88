import { collection, doc, getDocs, setDoc } from "firebase/firestore";
import { db } from "./firebase";

export async function saveCustomer(uid: string, email: string, phone: string) {
  await setDoc(doc(db, "customers", uid), { email, phone });
}

export async function placeOrder(uid: string, shippingAddress: string, items: string[]) {
  await setDoc(doc(collection(db, "orders")), {
    userId: uid,
    shippingAddress,
    items,
  });
}

export async function saveAccount(uid: string, email: string) {
  await setDoc(doc(db, "accounts", uid), { email });
}

export async function addContact(ownerId: string, email: string) {
  await setDoc(doc(collection(db, "contacts")), { ownerId, email });
}

export async function saveMember(uid: string, phoneNumber: string) {
  await setDoc(doc(db, "members", uid), { phoneNumber });
}

export async function addLead(email: string) {
  await setDoc(doc(collection(db, "leads")), { email });
}

export async function saveProfile(uid: string, displayName: string, photoURL: string) {
  await setDoc(doc(db, "profiles", uid), { displayName, photoURL });
}

export async function listPosts() {
  // authorEmail is shown under each post
  return getDocs(collection(db, "posts"));
}

export async function listProducts() {
  return getDocs(collection(db, "products"));
}
