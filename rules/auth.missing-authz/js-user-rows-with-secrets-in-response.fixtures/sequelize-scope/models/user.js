module.exports = (sequelize, DataTypes) =>
  sequelize.define(
    "User",
    {
      name: DataTypes.STRING,
      passwordHash: DataTypes.STRING,
      resetToken: DataTypes.STRING,
    },
    { defaultScope: { attributes: { exclude: ["passwordHash", "resetToken"] } } },
  );
