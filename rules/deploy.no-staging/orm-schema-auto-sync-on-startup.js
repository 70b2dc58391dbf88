const express = require('express');
const { Sequelize, DataTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL, { dialect: 'mysql' });
const Invoice = sequelize.define('Invoice', { number: DataTypes.STRING, total: DataTypes.DECIMAL(10, 2) });

const app = express();
app.get('/healthz', (req, res) => res.json({ ok: true }));

// Schema is altered in place on every boot.
sequelize
  // ruleid: orm-schema-auto-sync-on-startup
  .sync({ alter: true })
  .then(() => app.listen(process.env.PORT || 3000));

async function resetInvoices() {
  // ruleid: orm-schema-auto-sync-on-startup
  await Invoice.sync({ force: true });
}

async function devOnly() {
  if (process.env.NODE_ENV !== 'production') {
    // ok: orm-schema-auto-sync-on-startup
    await sequelize.sync({ alter: true });
  }
  // ok: orm-schema-auto-sync-on-startup
  await sequelize.sync();
  // ok: orm-schema-auto-sync-on-startup
  await sequelize.sync({ alter: process.env.NODE_ENV === 'development' });
}

async function localBoot(isDev) {
  // ok: orm-schema-auto-sync-on-startup
  if (isDev) await sequelize.sync({ force: true });
}

module.exports = { resetInvoices, devOnly, localBoot };
