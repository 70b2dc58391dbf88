import express, { type Request, type Response, type NextFunction } from "express";
const app = express();

app.get("/users", async (req, res) => {
  res.json(await db.users());
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).json({ error: "Internal server error" });
});

// ok: express-missing-error-handler
app.listen(3000);
