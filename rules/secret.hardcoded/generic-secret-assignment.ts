// ruleid: generic-secret-assignment
const WEATHER_API_KEY = "SwS0jh4HtlvdfOGYj8vcQSxAlDR69Pts";
// ruleid: generic-secret-assignment
const weatherKey = "a96a95aae97125bc91f95cd17ef6e075ebd7e4ce";
// ok: generic-secret-assignment
const storageKey = "app-theme-preference-v2";
// ok: generic-secret-assignment
const WEATHER_API_KEY2 = process.env.WEATHER_API_KEY;
// ok: generic-secret-assignment
const cacheKey = "user-profile-v2-cache-entry";
// ok: generic-secret-assignment
const tokenType = "Bearer";
// ok: generic-secret-assignment
const publicKey = "jvAkqtodgFmr+J/3h0rvFOpPK9oCaIhrKCMwzBlTrjWe";
// ok: generic-secret-assignment
const pixPayload = buildPix({ merchantCity: "CURITIBA", pixKey: "3f1c9a52-7be4-4d0e-a6c1-92d84e5b7f20" });
headers.set("Content-Type", "application/json");
// ruleid: generic-secret-assignment
const res = await fetch(url, { headers: { Authorization: "Bearer iUNIAmJSPITr1L9YttYeAj_Y9SFqO6rFFlddYWyg" } });
// ok: generic-secret-assignment
const res2 = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
export { pixPayload, weatherKey, storageKey, WEATHER_API_KEY, WEATHER_API_KEY2, cacheKey, tokenType, publicKey, res, res2 };
// ok: generic-secret-assignment (a test token that expired in 2020)
const expiredToken = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpZCI6MSwiZW1haWwiOiJ0ZXN0QGV4YW1wbGUuY29tIiwicm9sZSI6ImF1dGhvciIsImV4cCI6MTYwMDAwMDAwMH0.ZmFrZS1zaWduYXR1cmU";
export { expiredToken };
