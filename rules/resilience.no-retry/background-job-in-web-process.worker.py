# fixture-path: worker.py
# A separate worker process (Procfile `worker: python worker.py`): the right place for the loop.
import threading
import time

from app import create_app

app = create_app()


def poll_queue():
    while True:
        with app.app_context():
            process_pending()
        time.sleep(30)


def start_workers(n=2):
    for _ in range(n):
        # ok: background-job-in-web-process
        threading.Thread(target=poll_queue).start()


if __name__ == "__main__":
    start_workers()
