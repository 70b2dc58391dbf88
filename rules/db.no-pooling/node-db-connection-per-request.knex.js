const express = require("express");
const knex = require("knex");
const knexfile = require("./knexfile");

const config = { client: "pg", connection: process.env.DATABASE_URL };
// ok: node-db-connection-per-request
const db = knex(config);
const app = express();

app.get("/activity", async (req, res) => {
  // ruleid: node-db-connection-per-request
  const conn = knex(config);
  res.json(await conn("posts").count("* as n"));
});

app.get("/env", async (req, res) => {
  // ruleid: node-db-connection-per-request
  const conn = knex(knexfile[process.env.NODE_ENV || "development"]);
  res.json(await conn("posts").select("id"));
});

app.get("/table/:name", async (req, res) => {
  const tableName = "posts";
  // ok: node-db-connection-per-request
  res.json(await knex(tableName).select("id"));
});

app.get("/posts", async (req, res) => {
  // ok: node-db-connection-per-request
  res.json(await knex("posts").select("id"));
});
