const { SquareClient } = require("square");
// ruleid: square-access-token
const client = new SquareClient({ token: "EAAAUu2ebbfQBcFbCQRp-D272nwLGnphSaJV3oiOSOfDjdXZNvrzQPe07_Ok0Rwa" });
// ok: square-access-token
const client2 = new SquareClient({ token: process.env.SQUARE_ACCESS_TOKEN });
module.exports = { client, client2 };
