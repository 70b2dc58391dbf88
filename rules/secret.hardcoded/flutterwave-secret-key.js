const Flutterwave = require("flutterwave-node-v3");
// ruleid: flutterwave-secret-key
const flw = new Flutterwave(process.env.FLW_PUBLIC_KEY, "FLWSECK_TEST-28829d6017hd8ca06fe50fbgga8a23ec-X");
// ok: flutterwave-secret-key
const flw2 = new Flutterwave(process.env.FLW_PUBLIC_KEY, process.env.FLW_SECRET_KEY);
module.exports = { flw, flw2 };
