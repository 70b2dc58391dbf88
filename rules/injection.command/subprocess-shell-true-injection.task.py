# The shell command runs in a background task; the route that queues it passes its query value.
import subprocess

from fastapi import BackgroundTasks, FastAPI

app = FastAPI()


def render_pdf(invoice_id: int, template: str) -> None:
    cmd = f"wkhtmltopdf 'https://app.example.com/print/{invoice_id}?t={template}' /tmp/{invoice_id}.pdf"
    # ruleid: subprocess-shell-true-injection (critical: the route below passes its query value)
    subprocess.run(cmd, shell=True)


@app.post("/invoices/{invoice_id}/render")
async def render(invoice_id: int, background: BackgroundTasks, template: str = "classic"):
    background.add_task(render_pdf, invoice_id, template)
    return {"queued": True}


def cleanup(days: int) -> None:
    # ok: subprocess-shell-true-injection
    subprocess.run(["find", "/tmp/renders", "-mtime", f"+{days}", "-delete"], check=True)


def archive_report(report_id: int, label: str) -> None:
    # ruleid: subprocess-shell-true-injection (critical: a route with a multi-line signature passes its str parameter)
    subprocess.run(f"tar czf /srv/archive/{label}-{report_id}.tgz /srv/reports/{report_id}", shell=True)


@app.post("/reports/{report_id}/archive")
async def archive(
    report_id: int,
    background: BackgroundTasks,
    label: str = "monthly",
):
    """Queue the archive job."""
    background.add_task(archive_report, report_id, label)
    return {"queued": True}


def compress_export(export_id: int, level: int) -> None:
    # ruleid: subprocess-shell-true-injection (high: the route passes only integers, which FastAPI validates)
    subprocess.run(f"gzip -{level} /srv/exports/{export_id}.csv", shell=True)


@app.post("/exports/{export_id}/compress")
async def compress(
    export_id: int,
    background: BackgroundTasks,
    level: int = 6,
):
    background.add_task(compress_export, export_id, level)
    return {"queued": True}
