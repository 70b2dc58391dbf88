// ruleid: finnhub-api-key
const url = `https://finnhub.io/api/v1/quote?symbol=${s}&token=wauga8iq5yexwcc6f9ag`;
// ok: finnhub-api-key
const url2 = `https://finnhub.io/api/v1/quote?symbol=${s}&token=${process.env.FINNHUB_API_KEY}`;
export { url, url2 };
