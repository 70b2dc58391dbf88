const db = require("./pool");

const SORTABLE = { newest: "created_at", name: "name" };
const DIRS = { asc: "ASC", desc: "DESC" };

async function searchRooms({ sort, limit = 50 }) {
  const orderCol = SORTABLE[sort] || "created_at";
  const sql = `SELECT r.* FROM rooms r WHERE r.is_private = false ORDER BY ${orderCol} DESC LIMIT $1`;
  // ok: node-sql-query-interpolation
  const { rows } = await db.query(sql, [limit]);
  return rows;
}

async function listMembers(roomId, dir) {
  const direction = DIRS[dir] ?? "ASC";
  // ok: node-sql-query-interpolation
  const { rows } = await db.query(`SELECT * FROM members WHERE room_id = $1 ORDER BY joined_at ${direction}`, [roomId]);
  return rows;
}

async function searchMessages({ sort, dir, limit = 50 }) {
  const orderCol = SORTABLE[sort] || "created_at";
  // ruleid: node-sql-query-interpolation
  const { rows } = await db.query(`SELECT * FROM messages ORDER BY ${orderCol} ${dir} LIMIT $1`, [limit]);
  return rows;
}

async function searchUsers({ sort, limit = 50 }) {
  const orderCol = sort || "created_at";
  // ruleid: node-sql-query-interpolation
  const { rows } = await db.query(`SELECT * FROM users ORDER BY ${orderCol} LIMIT $1`, [limit]);
  return rows;
}

async function searchFiles({ sort, q, limit = 50 }) {
  const orderCol = SORTABLE[sort] || "created_at";
  // ruleid: node-sql-query-interpolation
  const { rows } = await db.query(`SELECT * FROM files WHERE name = '${q}' ORDER BY ${orderCol} LIMIT $1`, [limit]);
  return rows;
}

module.exports = { searchRooms, listMembers, searchMessages, searchUsers, searchFiles };
