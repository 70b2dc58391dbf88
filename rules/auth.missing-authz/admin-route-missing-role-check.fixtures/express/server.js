const express = require('express');
const _ = require('lodash');
const jwt = require('jsonwebtoken');
const { PrismaClient } = require('@prisma/client');

const prisma = new PrismaClient();
const app = express();
app.use(express.json());

function requireAuth(req, res, next) {
  try {
    req.user = jwt.verify(String(req.headers.authorization).slice(7), process.env.JWT_SECRET, { algorithms: ['HS256'] });
    next();
  } catch {
    res.status(401).end();
  }
}
const requireAdmin = (req, res, next) => (req.user.role === 'admin' ? next() : res.status(403).end());

// ruleid: admin-route-missing-role-check
app.get('/api/admin/users', requireAuth, async (req, res) => {
  res.json(await prisma.user.findMany());
});

// ruleid: admin-route-missing-role-check
app.delete('/api/admin/users/:id', requireAuth, async (req, res) => {
  await prisma.user.delete({ where: { id: req.params.id } });
  res.status(204).end();
});

// ok: admin-route-missing-role-check
app.patch('/api/admin/users/:id/role', requireAuth, requireAdmin, async (req, res) => {
  const role = req.body.role === 'admin' ? 'admin' : 'member';
  res.json(await prisma.user.update({ where: { id: req.params.id }, data: { role } }));
});

// ok: admin-route-missing-role-check
app.post('/api/admin/broadcast', requireAuth, async (req, res) => {
  if (req.user.role !== 'admin') return res.status(403).end();
  await prisma.notice.create({ data: { text: String(req.body.text).slice(0, 500) } });
  res.status(201).end();
});

// ok: admin-route-missing-role-check
app.get('/api/users/me', requireAuth, async (req, res) => {
  res.json(await prisma.user.findUnique({ where: { id: req.user.sub } }));
});

// A guard factory called with the roles it admits; its body checks `roles.includes(req.user.role)`.
const requireRole = (...roles) => (req, res, next) =>
  req.user && roles.includes(req.user.role) ? next() : res.status(403).end();

// ok: admin-route-missing-role-check
app.get('/api/admin/audit-log', requireAuth, requireRole('admin'), async (req, res) => {
  res.json(await prisma.auditLog.findMany({ take: 100 }));
});

// A factory that admits any signed-in user is not a role check.
const requireUser = () => (req, res, next) => (req.user ? next() : res.status(401).end());

// ruleid: admin-route-missing-role-check
app.get('/api/admin/invoices', requireAuth, requireUser(), async (req, res) => {
  res.json(await prisma.invoice.findMany());
});

// An allow-list of fields is not a role check: any account can hand itself the admin role.
// ruleid: admin-route-missing-role-check (critical: writes the role from the request)
app.patch('/api/admin/users/:id', requireAuth, async (req, res) => {
  const data = _.pick(req.body, ['role', 'isVerified']);
  res.json(await prisma.user.update({ where: { id: req.params.id }, data }));
});

app.listen(3000);
