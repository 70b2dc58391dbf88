const mongoose = require('mongoose');
module.exports = mongoose.model('Message', new mongoose.Schema({ from: String, to: String, body: String }));
