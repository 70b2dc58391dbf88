// ruleid: perplexity-api-key
const PPLX = "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";
// ok: perplexity-api-key
const PPLX_ENV = process.env.PERPLEXITY_API_KEY;
// ok: perplexity-api-key
const hint = "pplx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
fetch("https://api.perplexity.ai/chat/completions", {
  // ruleid: perplexity-api-key
  headers: { Authorization: "Bearer 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" },
});
module.exports = { PPLX, PPLX_ENV, hint };
