const db = require("./db");

async function findTodos(filters) {
  // ok: mongodb-operator-injection-through-helper (lowdb: no operators are interpreted)
  return db.chain.get("todos").find(filters).value();
}

module.exports = { findTodos };
