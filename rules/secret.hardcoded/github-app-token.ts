// ruleid: github-app-token
const userToken = "ghu_rKwuLab2bRC6i9pu8ifPVR0NoKymOKA5QQfO";
// ok: github-app-token
const userToken2 = await app.oauth.createToken({ code });
export { userToken, userToken2 };
