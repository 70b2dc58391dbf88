const { spawn, execFile } = require("child_process");

function convert(req, res) {
  // ruleid: node-child-process-spawn-shell-true
  spawn(`convert ${req.body.file} out.png`, { shell: true });
  // ruleid: node-child-process-spawn-shell-true
  spawn("convert", [req.body.file, "out.png"], { shell: true });
  // ruleid: node-child-process-spawn-shell-true
  execFile("tar", ["-xzf", archive], { shell: true }, done);
  // ok: node-child-process-spawn-shell-true
  spawn("convert", [req.body.file, "out.png"]);
  // ok: node-child-process-spawn-shell-true
  spawn("npm", ["run", "build"], { shell: true });
  // ok: node-child-process-spawn-shell-true
  spawn("ls", ["-la"], { shell: false });
  res.end();
}
module.exports = { convert };
