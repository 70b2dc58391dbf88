# fixture-path: app/jobs.py
# main.py: `from app.jobs import start_scheduler; start_scheduler(); app.run(...)`
import threading
import time

from apscheduler.schedulers.background import BackgroundScheduler


def _poll_forever():
    while True:
        send_digest()
        time.sleep(3600)


def start_scheduler():
    # ruleid: background-job-in-web-process
    threading.Thread(target=_poll_forever, daemon=True).start()
    # ok: background-job-in-web-process (same fix: reported once, listed in the first finding)
    sched = BackgroundScheduler()
    sched.add_job(post_health, "interval", minutes=10)
    sched.start()
