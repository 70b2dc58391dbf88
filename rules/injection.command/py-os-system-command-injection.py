import os
import shlex
import subprocess

BACKUP_CMD = "pg_dump app > /tmp/app.sql"


def ping(host, filename):
    # ruleid: py-os-system-command-injection
    os.system(f"ping -c 1 {host}")
    # ruleid: py-os-system-command-injection
    out = os.popen("ls -la " + filename).read()
    # ruleid: py-os-system-command-injection
    status = subprocess.getoutput("file %s" % filename)
    cmd = "convert {} out.png".format(filename)
    # ruleid: py-os-system-command-injection
    os.system(cmd)
    # ruleid: py-os-system-command-injection
    os.system(host)
    # ok: py-os-system-command-injection
    os.system("clear")
    # ok: py-os-system-command-injection
    os.system(BACKUP_CMD)
    # ok: py-os-system-command-injection
    os.system(f"ping -c 1 {shlex.quote(host)}")
    # ok: py-os-system-command-injection
    subprocess.run(["ping", "-c", "1", host], check=True)
    # ok: py-os-system-command-injection
    platform.system()
    return out, status
