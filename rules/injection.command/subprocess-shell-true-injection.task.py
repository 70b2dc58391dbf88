# The shell command runs in a background task; the route that queues it passes its query value.
import subprocess

from fastapi import BackgroundTasks, FastAPI

app = FastAPI()


def render_pdf(invoice_id: int, template: str) -> None:
    cmd = f"wkhtmltopdf 'https://app.example.com/print/{invoice_id}?t={template}' /tmp/{invoice_id}.pdf"
    # ruleid: subprocess-shell-true-injection
    subprocess.run(cmd, shell=True)


@app.post("/invoices/{invoice_id}/render")
async def render(invoice_id: int, background: BackgroundTasks, template: str = "classic"):
    background.add_task(render_pdf, invoice_id, template)
    return {"queued": True}


def cleanup(days: int) -> None:
    # ok: subprocess-shell-true-injection
    subprocess.run(["find", "/tmp/renders", "-mtime", f"+{days}", "-delete"], check=True)
