// Not an ORM: a sync client with a force flag.
const { SyncClient } = require('./sync-client');
const client = new SyncClient();
// ok: orm-schema-auto-sync-on-startup
client.sync({ force: true });
