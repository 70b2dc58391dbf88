const express = require('express');
const { connectDB } = require('./config/db');

const app = express();
connectDB();
app.use('/api/admin', require('./routes/admin'));
app.listen(3000);
