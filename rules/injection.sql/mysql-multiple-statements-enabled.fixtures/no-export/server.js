const express = require('express');
const mysql = require('mysql2');

const db = mysql.createConnection({
  host: 'localhost',
  user: 'root',
  database: 'app',
  // ruleid: mysql-multiple-statements-enabled
  multipleStatements: true,
});

const app = express();
app.get('/users/:id', (req, res) => {
  db.query('SELECT id, name FROM users WHERE id = ?', [req.params.id], (err, rows) => res.json(rows));
});
app.listen(3000);
