// fixture-path: src/firebase.ts
import { initializeApp } from "firebase/app";
import { getAuth } from "firebase/auth";

// ok: google-api-key
export const app = initializeApp({ apiKey: "AIzaSyC8xQ2mP4vL7nR1tY9wB3kJ6hF0dS5aG2z", projectId: "demo-proj" });
export const auth = getAuth(app);
export const ready = Promise.resolve(auth);
export const region = "europe-west1";
export const tenant = null;
export const locale = "en";
export const version = 3;

const config = {
  // ok: google-api-key
  apiKey: "AIzaSyD4nK8pL2vQ7rT1yW9cB3mJ6hG0fS5eA1x",
  projectId: "demo-proj",
};
export const app2 = initializeApp(config, "second");
