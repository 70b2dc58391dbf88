const mysql = require('mysql2/promise');

// ruleid: mysql-multiple-statements-enabled
const pool = mysql.createPool({ uri: process.env.DATABASE_URL, connectionLimit: 10, multipleStatements: true });

module.exports = { pool };
