// fixture-path: src/pages/Login.tsx
import { fetchSignInMethodsForEmail, signInWithEmailAndPassword } from "firebase/auth";
import { auth } from "../firebase";

export async function signIn(email: string, password: string, setError: (m: string) => void) {
  // ruleid: firebase-email-enumeration-lookup
  const methods = await fetchSignInMethodsForEmail(auth, email);
  if (methods.length === 0) return setError("No account exists for this email.");
  try {
    // ok: firebase-email-enumeration-lookup
    await signInWithEmailAndPassword(auth, email, password);
  } catch {
    setError("Wrong e-mail or password.");
  }
}
