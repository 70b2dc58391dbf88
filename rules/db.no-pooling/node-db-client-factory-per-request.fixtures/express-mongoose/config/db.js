const mongoose = require('mongoose');

// Reporting queries run against their own connection so they don't block the app pool
async function getReportingConnection() {
  // ruleid: node-db-client-factory-per-request
  const conn = await mongoose.createConnection(process.env.MONGO_URI);
  return conn;
}

// Called once from server.js at start-up: connect() reuses the default connection anyway.
const connectDB = async () => {
  // ok: node-db-client-factory-per-request
  await mongoose.connect(process.env.MONGO_URI);
};

module.exports = { getReportingConnection, connectDB };
