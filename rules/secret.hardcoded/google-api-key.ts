import { GoogleGenerativeAI } from "@google/generative-ai";

// ruleid: google-api-key
const genAI = new GoogleGenerativeAI("AIzaSyuY_rVG7oZO79ZlUIvFxI5OKfZvGJuvNl7");

// ok: google-api-key
const fromEnv = new GoogleGenerativeAI(process.env.GEMINI_API_KEY!);

// A Firebase web config: the apiKey is public by design.
const firebaseConfig = {
  // ok: google-api-key
  apiKey: "AIzaSy6z4yfTcCpHTAkclFYhc9mH177FzI2NI_I",
  authDomain: "demo-app-7f3k.firebaseapp.com",
  projectId: "demo-app-7f3k",
  storageBucket: "demo-app-7f3k.appspot.com",
  messagingSenderId: "402918374650",
  appId: "1:402918374650:web:9c2e71a0d4b3f5e6a7c8",
};

// ok: google-api-key
const placeholder = "AIzaSyYOUR_API_KEY_HERE_REPLACE_ME_0000";

export { genAI, fromEnv, firebaseConfig, placeholder };
