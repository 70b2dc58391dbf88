// ruleid: node-vm-code-injection
const { VM } = require("vm2");
// ok: node-vm-code-injection
const path = require("path");

module.exports = (code) => new VM({ timeout: 100 }).run(code);
