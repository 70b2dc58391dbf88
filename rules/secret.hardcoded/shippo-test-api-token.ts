import { Shippo } from "shippo";
// ruleid: shippo-test-api-token
const shippo = new Shippo({ apiKeyHeader: "ShippoToken shippo_test_80bc043e19dd46e5a69817015df0df12623c57da" });
// ok: shippo-test-api-token
const shippo2 = new Shippo({ apiKeyHeader: `ShippoToken ${process.env.SHIPPO_API_TOKEN}` });
// ok: shippo-test-api-token
const docs = new Shippo({ apiKeyHeader: "ShippoToken shippo_test_..." });
// The live token is the other rule's (high severity).
// ok: shippo-test-api-token
const live = new Shippo({ apiKeyHeader: "ShippoToken shippo_live_3f9a1c7e5b2d8f4a6c0e9b7d5a3f1c8e6b4d2a0f" });
export { shippo, shippo2, docs, live };
