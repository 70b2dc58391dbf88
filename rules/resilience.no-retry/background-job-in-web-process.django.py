# fixture-path: reminders/apps.py
import threading
import time

from django.apps import AppConfig


def reminder_loop():
    while True:
        from .services import send_due_reminders
        send_due_reminders()
        time.sleep(300)


class RemindersConfig(AppConfig):
    name = "reminders"

    def ready(self):
        # ruleid: background-job-in-web-process
        threading.Thread(target=reminder_loop, daemon=True).start()
