import * as djwt from "jsr:@zaubrik/djwt@3";
import { create } from "./store.ts";

// ruleid: djwt-create-without-expiry
const t = await djwt.create({ alg: "HS512", typ: "JWT" }, { sub: "svc" }, key);
// A local `create` helper, not djwt's.
// ok: djwt-create-without-expiry
const item = await create("items", { name: "x" }, { upsert: true });
