module.exports = (sequelize, DataTypes) =>
  sequelize.define('User', {
    name: DataTypes.STRING,
    email: DataTypes.STRING,
    passwordHash: DataTypes.STRING,
    apiToken: DataTypes.STRING,
    resetToken: DataTypes.STRING,
  });
