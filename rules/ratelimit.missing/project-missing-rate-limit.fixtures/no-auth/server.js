const express = require('express');
const app = express();

app.get('/api/quote', (req, res) => res.json({ quote: 'Stay hungry.' }));

app.listen(3000);
