# fixture-path: app/services/notifications.py
import threading
import time

from apscheduler.schedulers.background import BackgroundScheduler
from celery import shared_task
from flask import Flask, Response

app = Flask(__name__)
scheduler = BackgroundScheduler()


@scheduler.scheduled_job("interval", minutes=30)
def pull_orders():
    try:
        fetch_orders()
    # ruleid: background-job-swallows-errors
    except Exception:
        pass


@shared_task
def send_receipt(order_id):
    try:
        mail_receipt(order_id)
    # ruleid: background-job-swallows-errors
    except Exception as exc:
        ...


def poll_forever(stop):
    while not stop.is_set():
        try:
            process_queue()
        # ruleid: background-job-swallows-errors
        except Exception:
            pass
        time.sleep(60)


def format_name(user):
    try:
        return user.profile.display_name.title()
    # ok: background-job-swallows-errors (not a job: an ordinary helper)
    except Exception:
        pass
    return "friend"


@app.route("/events")
def events():
    def stream():
        while True:
            try:
                yield f"data: {next_event()}\n\n"
            # ok: background-job-swallows-errors (a streaming response, not a job)
            except Exception:
                pass
            time.sleep(1)

    return Response(stream(), mimetype="text/event-stream")


@shared_task
def send_welcome(user_id):
    try:
        mail_welcome(user_id)
    # ok: background-job-swallows-errors (specific, expected error)
    except UserGone:
        pass
