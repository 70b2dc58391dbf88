const express = require("express");
const { PrismaClient } = require("@prisma/client");
// ok: prisma-client-per-request
const shared = new PrismaClient();
const app = express();

app.get("/users", async (req, res) => {
  // ruleid: prisma-client-per-request
  const prisma = new PrismaClient();
  res.json(await prisma.user.findMany());
});
