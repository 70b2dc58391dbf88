// ruleid: clickhouse-cloud-api-secret
const auth = Buffer.from(`${keyId}:4b1d5bN9u5gGHciGwo3FzY3r6ujsm2x62mGh8LqGYt`).toString("base64");
// ok: clickhouse-cloud-api-secret
const auth2 = Buffer.from(`${keyId}:${process.env.CLICKHOUSE_KEY_SECRET}`).toString("base64");
export { auth, auth2 };
