import type { NextApiRequest, NextApiResponse } from "next";
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { ZodError } from "zod";

class HttpError extends Error {
  constructor(public status: number, m: string) {
    super(m);
  }
}
declare function load(id: string): Promise<unknown>;

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  try {
    return res.json(await load(String(req.query.id)));
  } catch (err: any) {
    // ok: js-error-details-in-response
    if (err instanceof HttpError) return res.status(err.status).json({ error: err.message, err });
    if (err instanceof ZodError) {
      // ok: js-error-details-in-response
      return res.status(400).json({ error: err });
    }
    // Every other error still leaks its stack.
    // ruleid: js-error-details-in-response
    return res.status(500).json({ error: err.message, stack: err.stack });
  }
}

const app = new Hono();
app.onError((err, c) => {
  if (err instanceof HTTPException) return err.getResponse();
  // ruleid: js-error-details-in-response
  return c.json({ error: err.message, stack: err.stack }, 500);
});

const safe = new Hono();
safe.onError((err, c) => {
  console.error(err);
  // ok: js-error-details-in-response
  return c.json({ error: "Internal error" }, 500);
});
export { app, safe };
