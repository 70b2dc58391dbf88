const express = require('express');
const passport = require('passport');
const orders = require('./routes/orders');

const app = express();
app.use('/api/orders', passport.authenticate('jwt', { session: false }), orders);
app.listen(3000);
