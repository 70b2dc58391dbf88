const express = require("express");
const todos = require("./todos.service");
const router = express.Router();

router.get("/todos", async (req, res) => {
  res.json(await todos.findTodos(req.query));
});

module.exports = router;
