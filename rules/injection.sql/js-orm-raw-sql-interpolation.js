const knex = require("knex")({ client: "pg" });
const { Sequelize, QueryTypes } = require("sequelize");
const sequelize = new Sequelize(process.env.DATABASE_URL);

async function search(req, res) {
  const { q, sort } = req.query;
  // ruleid: js-orm-raw-sql-interpolation
  const a = await knex("users").whereRaw(`name LIKE '%${q}%'`);
  // ruleid: js-orm-raw-sql-interpolation
  const b = await knex.raw("SELECT * FROM users WHERE id = " + req.params.id);
  // ruleid: js-orm-raw-sql-interpolation
  const c = await knex("users").orderByRaw(`${sort} DESC`);
  // ruleid: js-orm-raw-sql-interpolation
  const d = await sequelize.query(`SELECT * FROM users WHERE email = '${req.body.email}'`, { type: QueryTypes.SELECT });
  // ruleid: js-orm-raw-sql-interpolation
  const e = await knex("users").where(knex.raw(`role = '${req.query.role}'`));
  // ok: js-orm-raw-sql-interpolation
  const f = await knex("users").whereRaw("name LIKE ?", [`%${q}%`]);
  // ok: js-orm-raw-sql-interpolation
  const g = await sequelize.query("SELECT * FROM users WHERE email = :email", { replacements: { email: req.body.email }, type: QueryTypes.SELECT });
  // ok: js-orm-raw-sql-interpolation
  const h = await knex("users").where("email", req.body.email);
  // ok: js-orm-raw-sql-interpolation
  const i = await knex.raw("SELECT 1");
  res.json({ a, b, c, d, e, f, g, h, i });
}

module.exports = { search };
