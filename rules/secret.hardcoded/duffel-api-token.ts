import { Duffel } from "@duffel/api";
// ruleid: duffel-api-token
const duffel = new Duffel({ token: "duffel_test_m2-001GCpAJuUiCCS3_7J5veVHnhYw4WXlJvFhdqTrA" });
// ok: duffel-api-token
const duffel2 = new Duffel({ token: process.env.DUFFEL_ACCESS_TOKEN! });
export { duffel, duffel2 };
