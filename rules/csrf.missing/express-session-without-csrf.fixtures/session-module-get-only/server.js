const express = require('express');
const sessionMiddleware = require('./config/session');

const app = express();
app.use(sessionMiddleware);

app.get('/', (req, res) => res.send(`Visits: ${(req.session.views = (req.session.views || 0) + 1)}`));

app.listen(3000);
