function compileFilter(req) {
  // ruleid: js-new-function-dynamic-code (critical: the query string is the function body)
  const filter = new Function("item", "return " + req.query.filter);
  const body = `return a ${req.body.op} b`;
  // ruleid: js-new-function-dynamic-code
  const op = Function("a", "b", body);
  // ok: js-new-function-dynamic-code
  const getGlobal = new Function("return this");
  // ok: js-new-function-dynamic-code
  const add = new Function("a", "b", "return a + b");
  return { filter, op, getGlobal, add };
}
module.exports = { compileFilter };

async function buildFilter(openai, prompt) {
  const completion = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: prompt }] });
  const body = completion.choices[0].message.content ?? "return []";
  // ruleid: js-new-function-dynamic-code (critical: the model writes the code)
  return new Function("rows", body);
}

// pages/api/price-preview.js: a seller previews a discount formula.
export async function pricePreview(req, res) {
  const { formula, price, qty } = req.body;
  // ruleid: js-new-function-dynamic-code (critical: the formula comes from the request body)
  const calc = new Function("price", "qty", `return (${formula});`);
  res.json({ total: calc(Number(price), Number(qty)) });
}

export async function savedPreview(req, res) {
  const rule = await db.discountRule.findUnique({ where: { id: req.query.id } });
  // ruleid: js-new-function-dynamic-code (high: a stored formula, not this request)
  const calc = new Function("price", `return (${rule.formula});`);
  res.json({ total: calc(100) });
}
