function compileFilter(req) {
  // ruleid: js-new-function-dynamic-code
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
