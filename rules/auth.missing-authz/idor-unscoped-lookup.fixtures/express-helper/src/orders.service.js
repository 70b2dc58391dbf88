const { PrismaClient } = require('@prisma/client');
const prisma = new PrismaClient();

async function getOrder(orderId) {
  return prisma.order.findUnique({ where: { id: orderId } });
}

async function getOrderFor(orderId, userId) {
  return prisma.order.findFirst({ where: { id: orderId, userId } });
}

async function countOrders(status) {
  return prisma.order.count({ where: { status } });
}

module.exports = { getOrder, getOrderFor, countOrders };
