// ruleid: github-oauth-token
const token = "gho_3y720EirNdo90L0IdubV1RluwlWnJy1p4y3a";
// ok: github-oauth-token
const token2 = req.session.githubToken;
module.exports = { token, token2 };
