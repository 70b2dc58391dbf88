import { Shippo } from "shippo";
// ruleid: shippo-api-token
const shippo = new Shippo({ apiKeyHeader: "ShippoToken shippo_test_80bc043e19dd46e5a69817015df0df12623c57da" });
// ok: shippo-api-token
const shippo2 = new Shippo({ apiKeyHeader: `ShippoToken ${process.env.SHIPPO_API_TOKEN}` });
export { shippo, shippo2 };
