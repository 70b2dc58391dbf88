export const socketCors = {
  origin: true,
  credentials: true,
};

export const apiCors = {
  origin: ["https://app.example.com"],
  credentials: true,
};
