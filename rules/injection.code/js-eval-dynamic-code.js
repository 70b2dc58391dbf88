const express = require("express");
const app = express();

app.post("/calc", (req, res) => {
  // ruleid: js-eval-dynamic-code (critical: the request body is the code)
  const result = eval(req.body.expression);
  // ruleid: js-eval-dynamic-code
  const v = eval("(" + req.body.json + ")");
  const code = `return ${req.query.fn}`;
  // ruleid: js-eval-dynamic-code
  window.eval(code);
  // ok: js-eval-dynamic-code
  const x = eval("1 + 1");
  // ok: js-eval-dynamic-code
  const y = await redis.eval(script, 1, key);
  // ok: js-eval-dynamic-code
  const z = await page.evaluate(() => document.title);
  res.json({ result, v, x, y, z });
});

// Hono: the validated JSON body still carries whatever the user typed.
chat.post("/messages", async (c) => {
  const { roomId, body } = c.req.valid("json");
  if (body.startsWith("/calc ")) {
    // ruleid: js-eval-dynamic-code (critical: a chat message is evaluated)
    return c.json({ result: eval(body.slice(6)) });
  }
  const settings = await loadRoomSettings(roomId);
  // ruleid: js-eval-dynamic-code (high: a stored room setting, not this request)
  const greeting = eval(settings.greetingExpr);
  return c.json({ greeting });
});
