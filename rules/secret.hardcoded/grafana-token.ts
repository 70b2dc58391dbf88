// ruleid: grafana-token
const headers = { Authorization: "Bearer eyJrIjoi0UDGllvgCX9h52jX2doG0kRDzxHvYd7EQdYVsSLqA3TtA76mCbsIZwzzx5fMwSa9865vDI6ufZb87gOfmfwgmz7BsL==" };
// ok: grafana-token
const headers2 = { Authorization: `Bearer ${process.env.GRAFANA_TOKEN}` };
export { headers, headers2 };
