// An unrelated sk- hex value with no provider named nearby.
// ok: deepseek-api-key
const other = "sk-011936fed2c9af2964e93e1d386930b6";
export { other };
