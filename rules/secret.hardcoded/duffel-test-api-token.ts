import { Duffel } from "@duffel/api";
// ruleid: duffel-test-api-token
const duffel = new Duffel({ token: "duffel_test_m2-001GCpAJuUiCCS3_7J5veVHnhYw4WXlJvFhdqTrA" });
// ok: duffel-test-api-token
const duffel2 = new Duffel({ token: process.env.DUFFEL_ACCESS_TOKEN! });
// ok: duffel-test-api-token
const docs = new Duffel({ token: "duffel_test_..." });
// The live token is the other rule's (high severity).
// ok: duffel-test-api-token
const live = new Duffel({ token: "duffel_live_Qw8-KzJ2nVb5_Yt3mLp9XcR4sDf6GhJ1kL7zXcVbN0m" });
export { duffel, duffel2, docs, live };
