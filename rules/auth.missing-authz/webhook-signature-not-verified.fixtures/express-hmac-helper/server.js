const express = require('express');
const app = express();
app.use('/api/webhooks', require('./webhooks'));
app.get('/healthz', (req, res) => res.send('ok'));
app.listen(3000);
