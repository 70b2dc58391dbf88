import { doc, getDoc } from 'firebase/firestore'
import { db, auth } from './firebase'

export async function isAdmin() {
  const snap = await getDoc(doc(db, 'users', auth.currentUser!.uid))
  return snap.data()?.role === 'admin'
}
