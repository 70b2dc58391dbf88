const util = require("node:util");
const child_process = require("node:child_process");

const execAsync = util.promisify(child_process.execFile);

async function convert(input) {
  // ok: node-promisified-exec-shell-injection (execAsync is a promisified execFile here)
  return execAsync("convert", [input, "-resize", "200x200", `${input}.png`]);
}

async function run(cmd) {
  return cmd;
}

module.exports = async function handler(req, res) {
  // ok: node-promisified-exec-shell-injection (run is a local function in this file, not exec)
  await run(`echo ${req.query.name}`);
  res.end();
};
