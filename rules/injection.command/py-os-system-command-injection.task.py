# A Celery task builds the shell command; the view queues it with a form value.
import os

from celery import shared_task
from flask import Flask, request

app = Flask(__name__)


@shared_task
def export_notes(user_id, archive_name):
    # ruleid: py-os-system-command-injection
    os.system("cd /tmp/exports/" + str(user_id) + " && zip -qr /tmp/exports/" + archive_name + ".zip .")


@shared_task
def purge_exports():
    # ok: py-os-system-command-injection
    os.system("rm -rf /tmp/exports/*")


@app.route("/export", methods=["POST"])
def export():
    export_notes.delay(1, request.form.get("name"))
    purge_exports.delay()
    return "started"
