import express from "express";
import cors from "cors";

const app = express();
app.use(cors({ origin: process.env.APP_ORIGIN }));
app.use(express.json());

app.post("/webhook/stripe", async (req, res) => {
  const event = await handle(req.body);
  res.json({ received: true, type: event.type });
});

const PORT = process.env.PORT || 3001;
// ruleid: express-missing-error-handler
app.listen(PORT, () => console.log(`listening on ${PORT}`));

// ok: express-missing-error-handler
export default app; // same app, already reported at listen()
