const express = require('express');
const config = require('./src/config');
const app = express();
app.get('/', (req, res) => res.send(config.session ? 'ok' : 'no'));
app.listen(3000);
