const express = require('express');
const session = require('express-session');
const config = require('./src/config');

const app = express();
app.use(session({ secret: config.session.secret, resave: false, saveUninitialized: false }));
app.get('/', (req, res) => res.send('ok'));
app.listen(3000);
