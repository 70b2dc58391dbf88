const express = require("express");
const app = express();

app.post("/calc", (req, res) => {
  // ruleid: js-eval-dynamic-code
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
