import { Redis } from "@upstash/redis";

export const redis = new Redis({
  url: "https://eu1-brave-lynx-12008.upstash.io",
  // ruleid: upstash-redis-rest-token
  token: "A8dAAIjcDsOqhTuxr2gYpZWDXYwvkqD6pQJk-HXoSjPqTH1QgF5P3F8yPViK8Uu-c",
});
// ok: upstash-redis-rest-token
export const redis2 = Redis.fromEnv();
// ok: upstash-redis-rest-token
export const other = { token: "Ajw0Yvx1CnWOOVGF4a-n7SVdHFyPW2C2_1puC1u_Tc0mr3lmDkhfzS2Vgv8vu" };
