// fixture-path: server/ai.ts
// Server code: firebase-admin nearby does not make a Gemini key public.
import { initializeApp, cert } from "firebase-admin/app";
import { GoogleGenerativeAI } from "@google/generative-ai";

initializeApp({ credential: cert(JSON.parse(process.env.SA_JSON!)) });
// ruleid: google-api-key
export const genAI = new GoogleGenerativeAI("AIzaSyF2kL9mP4vQ7nR1tY8wB3jH6gD0sC5eX4v");
const settings = {
  // ruleid: google-api-key
  apiKey: "AIzaSyB7mQ3nL8vK2pT6yR1wC9jH4gF0dS5eZ3q",
  model: "gemini-1.5-flash",
};
export const model = genAI.getGenerativeModel({ model: settings.model });
