const express = require('express');
const cors = require('cors');
const { publicCors, appCors } = require('./cors');

const app = express();
// ok: express-cors-reflect-origin-with-credentials
app.use('/public', cors(publicCors));
// ruleid: express-cors-reflect-origin-with-credentials
app.use('/api', cors(appCors));
app.listen(3000);
