import { createClient } from "@1password/sdk";

// ruleid: onepassword-service-account-token
const client = await createClient({ auth: "ops_eyJN/ilfzLv6vmb2prB1/87FeIKCD3+gqWD/eN/6WE91mkzDBMIJO2vPZNnLF70sqcjiF9OEhgM/mk41e6bMf0BrbtOFrTGC96/Aezlsh8M9WKwePD6Wa5CHwMAoXNEUXPBURV1e/E7K7EepE9m4iMgvKc/KM8gwQLYuv+GTj+ulc1XfUEUNZ212hE6xfK4x99GXLHTcrwMcu12klyOUagjG0LrwOPGYRtoalUx4DeSc/MyKIbhH7sPhY6bVodIw5Sp4iia/XuLUR5tEwKmA9DhIskrWJZkbGiajwgmemLdpb1v=", integrationName: "shop", integrationVersion: "1.0" });
// ok: onepassword-service-account-token
const fromEnv = await createClient({ auth: process.env.OP_SERVICE_ACCOUNT_TOKEN!, integrationName: "shop", integrationVersion: "1.0" });
// ok: onepassword-service-account-token
const docs = "ops_eyJ...";
export { client, fromEnv, docs };
