module.exports = {
  port: Number(process.env.PORT || 3000),
  corsApi: { origin: true, credentials: true },
  corsSite: { origin: 'https://app.example.com', credentials: true },
};
