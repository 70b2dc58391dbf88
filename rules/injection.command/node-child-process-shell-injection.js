const express = require("express");
const { exec, execSync, execFile } = require("child_process");
const cp = require("node:child_process");
const util = require("util");
const execAsync = util.promisify(exec);
const app = express();

app.post("/ping", (req, res) => {
  // ruleid: node-child-process-shell-injection
  exec(`ping -c 1 ${req.body.host}`, (err, out) => res.send(out));
});

app.get("/file", async (req, res) => {
  // ruleid: node-child-process-shell-injection
  const out = execSync("cat uploads/" + req.query.name).toString();
  const cmd = `git log --oneline ${req.query.branch}`;
  // ruleid: node-child-process-shell-injection
  const { stdout } = await execAsync(cmd);
  // ruleid: node-child-process-shell-injection
  cp.exec(req.body.command);
  // ok: node-child-process-shell-injection
  execFile("git", ["log", "--oneline", req.query.branch]);
  // ok: node-child-process-shell-injection
  exec("ls -la /tmp");
  // ok: node-child-process-shell-injection
  const m = /(\d+)/.exec(req.query.id);
  // ok: node-child-process-shell-injection
  const BUILD = "npm run build";
  exec(BUILD);
  res.send(out + stdout + m);
});

// An argv array joined with spaces is still one shell string.
function makeThumbnail(src, dest) {
  return new Promise((resolve, reject) => {
    const cmd = ["convert", src, "-resize", "128x128", dest].join(" ");
    // ruleid: node-child-process-shell-injection
    exec(cmd, (err) => (err ? reject(err) : resolve(dest)));
  });
}

app.post("/zip", (req, res) => {
  // ruleid: node-child-process-shell-injection
  execSync(["zip", "-r", `${req.body.name}.zip`, "out"].join(" "));
  // ok: node-child-process-shell-injection
  exec(["ls", "-la", "/tmp"].join(" "));
  // ok: node-child-process-shell-injection
  exec(["ls", LIST_FLAG, "/tmp"].join(" "));
  // ok: node-child-process-shell-injection
  execFile("convert", [req.body.src, "-resize", "128x128", "out.png"]);
  res.end();
});
