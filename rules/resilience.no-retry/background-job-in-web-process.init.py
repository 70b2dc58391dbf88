# fixture-path: app/jobs.py
import threading
import time

stop = threading.Event()


def _digest_loop(app):
    while not stop.is_set():
        with app.app_context():
            send_all_digests()
        stop.wait(3600)


def init_jobs(app):
    # ruleid: background-job-in-web-process
    t = threading.Thread(target=_digest_loop, args=(app,), daemon=True)
    t.start()

