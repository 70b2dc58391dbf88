const db = require("../db");

module.exports = (router) => {
  router.get("/todos", (req, res) => {
    // A lowdb / array lookup, not a MongoDB filter: no operators are interpreted.
    // ok: mongodb-operator-injection
    const todo = db.data.todos.find({ owner: req.query.owner });
    res.json(todo || null);
  });
};
