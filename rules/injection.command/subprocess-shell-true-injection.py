import asyncio
import shlex
import subprocess
from subprocess import Popen, check_output


def convert(path, fmt, host):
    # ruleid: subprocess-shell-true-injection
    subprocess.run(f"ffmpeg -i {path} out.{fmt}", shell=True, check=True)
    # ruleid: subprocess-shell-true-injection
    out = subprocess.check_output("nslookup " + host, shell=True)
    cmd = "tar czf backup.tgz %s" % path
    # ruleid: subprocess-shell-true-injection
    subprocess.Popen(cmd, shell=True)
    # ruleid: subprocess-shell-true-injection
    check_output(cmd, shell=True)
    # ok: subprocess-shell-true-injection
    subprocess.run(["ffmpeg", "-i", path, f"out.{fmt}"], check=True)
    # ok: subprocess-shell-true-injection
    subprocess.run("ls -la /tmp", shell=True)
    # ok: subprocess-shell-true-injection
    subprocess.run(f"ffmpeg -i {shlex.quote(path)} out.mp3", shell=True)
    # ok: subprocess-shell-true-injection
    subprocess.run(cmd, shell=False)
    # ok: subprocess-shell-true-injection
    Popen(["tar", "czf", "backup.tgz", path])
    return out


async def run(cmd_text):
    # ruleid: subprocess-shell-true-injection
    proc = await asyncio.create_subprocess_shell(cmd_text)
    # ok: subprocess-shell-true-injection
    proc2 = await asyncio.create_subprocess_exec("ls", cmd_text)
    return proc, proc2
