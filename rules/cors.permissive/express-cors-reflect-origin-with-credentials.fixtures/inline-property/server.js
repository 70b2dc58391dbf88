const express = require('express');
const cors = require('cors');
const settings = require('./settings');

const app = express();
// ruleid: express-cors-reflect-origin-with-credentials
app.use('/api', cors(settings.corsApi));
// ok: express-cors-reflect-origin-with-credentials
app.use('/site', cors(settings.corsSite));
app.listen(settings.port);
