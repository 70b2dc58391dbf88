const mongoose = require("mongoose");
// ruleid: mongodb-atlas-connection-string
mongoose.connect("mongodb+srv://appuser:pl9s6jpluBXbZr1c@cluster0.qrt5y.mongodb.net/shop?retryWrites=true&w=majority");
// ok: mongodb-atlas-connection-string
mongoose.connect(process.env.MONGODB_URI);
// ok: mongodb-atlas-connection-string
const docs = "mongodb+srv://<username>:<password>@cluster0.abcde.mongodb.net/test";
