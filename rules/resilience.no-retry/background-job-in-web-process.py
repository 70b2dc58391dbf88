# fixture-path: main.py
import os
import threading
import time

from apscheduler.schedulers.background import BackgroundScheduler
from flask import Flask, jsonify

app = Flask(__name__)


def send_digest():
    print("sending digest")


def _poll_forever():
    while True:
        send_digest()
        time.sleep(3600)


def cleanup_sessions():
    print("cleanup")


# ruleid: background-job-in-web-process
scheduler = BackgroundScheduler(daemon=True)
scheduler.add_job(cleanup_sessions, "interval", hours=1)
scheduler.start()


@app.route("/health")
def health():
    return "ok"


@app.post("/export")
def export():
    # ok: background-job-in-web-process (one-off work started by a request)
    threading.Thread(target=send_digest, daemon=True).start()
    return jsonify(queued=True), 202


if __name__ == "__main__":
    # ok: background-job-in-web-process (reported once per project: listed in the first finding)
    threading.Thread(target=_poll_forever, daemon=True).start()
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", 8080)))
