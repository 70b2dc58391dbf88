import { AppDataSource } from "./data-source";
import { User } from "./entity/User";
import { sql } from "drizzle-orm";
import { db } from "./db";

export async function byName(name: string, alias = "user") {
  const repo = AppDataSource.getRepository(User);
  // ruleid: js-orm-raw-sql-interpolation
  const a = await repo.createQueryBuilder("user").where("user.name = '" + name + "'").getMany();
  // ok: js-orm-raw-sql-interpolation
  const b = await repo.createQueryBuilder("user").where("user.name = :name", { name }).getMany();
  // ok: js-orm-raw-sql-interpolation
  const c = await repo.createQueryBuilder(alias).where(`${alias}.name = :name`, { name }).getMany();
  // ok: js-orm-raw-sql-interpolation
  const d = await db.execute(sql`select * from users where name = ${name}`);
  // ruleid: js-orm-raw-sql-interpolation
  const e = await db.execute(sql.raw(`select * from users where name = '${name}'`));
  // ok: js-orm-raw-sql-interpolation
  const f = items.filter((x) => x.name === name).where(`${name}`);
  return { a, b, c, d, e, f };
}

export async function searchProjects(req: { query: { q?: string } }) {
  const q = req.query.q ?? "";
  const repo = AppDataSource.getRepository(User);
  // ruleid: js-orm-raw-sql-interpolation
  const hits = await repo.createQueryBuilder("p").where(`p.title ILIKE '%${q}%'`).getMany();
  // ok: js-orm-raw-sql-interpolation
  const safe = await repo.createQueryBuilder("p").where("p.title ILIKE :q", { q: `%${q}%` }).getMany();
  return { hits, safe };
}
