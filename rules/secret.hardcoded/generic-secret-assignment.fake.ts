// fixture-path: functions/src/lib/testValues.ts
// Values the code marks as fake; a real-looking credential next to them is still reported.
// ok: generic-secret-assignment
export const FAKE_ID_TOKEN = "eyJhbGciOiJub25lIn0.eyJ1aWQiOiJ0ZXN0LXVzZXIifQ.";
// ok: generic-secret-assignment
export const sessionTokenUnsigned = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1c2VyLTQyIn0.";
// ok: generic-secret-assignment
export const mockApiKey = "Q7vLm2XpR9sKd4TwZa8N";
// ok: generic-secret-assignment
export const DUMMY_SECRET = "t0pS3cr3tV4lu3Xk9Lq2";
// ruleid: generic-secret-assignment
export const mockingbirdApiKey = "Q7vLm2XpR9sKd4TwZa8N";
// ruleid: generic-secret-assignment
export const SERVICE_TOKEN = "h7Kq2Zp9RtX4mW8vL3nB6yC1dF5gJ0sA";
