const { Sequelize, DataTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });
const User = require('./user')(sequelize, DataTypes);

module.exports = { sequelize, User };
