import { DataSource } from "typeorm";
import { User } from "./entity/User";

export const AppDataSource = new DataSource({
  type: "postgres",
  url: process.env.DATABASE_URL,
  entities: [User],
  // ruleid: orm-schema-auto-sync-on-startup
  synchronize: true,
});

export const TestDataSource = new DataSource({
  type: "postgres",
  url: process.env.DATABASE_URL,
  entities: [User],
  // ok: orm-schema-auto-sync-on-startup
  synchronize: process.env.NODE_ENV === "test",
});

export const ReadOnly = new DataSource({
  type: "postgres",
  url: process.env.REPLICA_URL,
  entities: [User],
  // ok: orm-schema-auto-sync-on-startup
  synchronize: false,
});
