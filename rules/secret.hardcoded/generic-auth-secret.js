const cookieParser = require("cookie-parser");
// ruleid: generic-auth-secret
app.use(cookieParser("X5En7oI8QNdhDU0x8SxOUkJ3CQePOVS8"));
// ok: generic-auth-secret
app.use(cookieParser(process.env.COOKIE_SECRET));
