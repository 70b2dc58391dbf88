import { Duffel } from "@duffel/api";
// ruleid: duffel-api-token
const duffel = new Duffel({ token: "duffel_live_m2-001GCpAJuUiCCS3_7J5veVHnhYw4WXlJvFhdqTrA" });
// ok: duffel-api-token
const duffel2 = new Duffel({ token: process.env.DUFFEL_ACCESS_TOKEN! });
// A test-mode token is the other rule's (low severity).
// ok: duffel-api-token
const sandbox = new Duffel({ token: "duffel_test_Qw8-KzJ2nVb5_Yt3mLp9XcR4sDf6GhJ1kL7zXcVbN0m" });
export { duffel, duffel2, sandbox };
