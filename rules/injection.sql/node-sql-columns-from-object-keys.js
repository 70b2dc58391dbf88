const express = require('express');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
app.use(express.json());

async function updateUser(id, fields) {
  // ruleid: node-sql-columns-from-object-keys (critical: a route passes req.body)
  const keys = Object.keys(fields);
  const sets = keys.map((k, i) => `${k} = $${i + 2}`).join(', ');
  const { rows } = await pool.query(`UPDATE users SET ${sets} WHERE id = $1 RETURNING id, email, role`, [id, ...keys.map((k) => fields[k])]);
  return rows[0];
}

app.patch('/api/users/me', async (req, res) => {
  res.json(await updateUser(req.session.userId, req.body));
});

app.patch('/api/posts/:id', async (req, res) => {
  // ruleid: node-sql-columns-from-object-keys (critical: the body itself)
  const sets = Object.entries(req.body).map(([k], i) => `"${k}" = $${i + 2}`);
  await pool.query(`UPDATE posts SET ${sets.join(', ')} WHERE id = $1 AND author_id = $${sets.length + 2}`, [req.params.id, ...Object.values(req.body), req.user.id]);
  res.sendStatus(204);
});

app.post('/api/notes', async (req, res) => {
  const data = req.body;
  const vals = Object.values(data);
  const marks = vals.map((_, i) => `$${i + 1}`).join(', ');
  // ruleid: node-sql-columns-from-object-keys
  await pool.query(`INSERT INTO notes (${Object.keys(data).join(', ')}) VALUES (${marks})`, vals);
  res.sendStatus(201);
});

const EDITABLE = ['name', 'bio'];
app.patch('/api/profile', async (req, res) => {
  // ok: node-sql-columns-from-object-keys (allow-listed keys)
  const keys = Object.keys(req.body).filter((k) => EDITABLE.includes(k));
  const sets = keys.map((k, i) => `${k} = $${i + 2}`).join(', ');
  await pool.query(`UPDATE profiles SET ${sets} WHERE user_id = $1`, [req.user.id, ...keys.map((k) => req.body[k])]);
  res.sendStatus(204);
});

async function saveSettings(userId, settings) {
  // ok: node-sql-columns-from-object-keys (keys name rows, values are parameters)
  for (const [key, value] of Object.entries(settings)) {
    await pool.query('INSERT INTO settings (user_id, key, value) VALUES ($1, $2, $3)', [userId, key, value]);
  }
}

function toQueryString(params) {
  // ok: node-sql-columns-from-object-keys (no SQL)
  return Object.keys(params).map((k) => `${k}=${encodeURIComponent(params[k])}`).join('&');
}

async function updateRow(table, id, patch) {
  // ruleid: node-sql-columns-from-object-keys (medium: no route passes the body here)
  const cols = Object.keys(patch);
  await pool.query(`UPDATE jobs SET ${cols.map((c, i) => `${c} = $${i + 2}`).join(', ')} WHERE id = $1`, [id, ...Object.values(patch)]);
}

module.exports = { app, saveSettings, toQueryString, updateRow };
