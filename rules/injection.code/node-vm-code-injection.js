const vm = require("node:vm");

function runUserScript(req, res) {
  const sandbox = { result: null };
  // ruleid: node-vm-code-injection
  vm.runInNewContext(req.body.code, sandbox, { timeout: 100 });
  // ruleid: node-vm-code-injection
  const script = new vm.Script(`result = ${req.body.expr}`);
  // ok: node-vm-code-injection
  vm.runInNewContext("result = 1 + 1", sandbox);
  res.json({ sandbox, script });
}
module.exports = { runUserScript };
