# fixture-path: app/jobs.py
import logging
import os

import requests

log = logging.getLogger(__name__)
SENDGRID_KEY = os.environ["SENDGRID_API_KEY"]


def send_digest(users):
    try:
        for u in users:
            requests.post(
                "https://api.sendgrid.com/v3/mail/send",
                headers={"Authorization": f"Bearer {SENDGRID_KEY}"},
                json={"to": u["email"], "subject": "digest"},
                timeout=10,
            )
    # ruleid: background-job-swallows-errors
    except Exception:
        pass


def sync_invoices(client, invoices):
    for inv in invoices:
        try:
            client.push(inv)
        # ruleid: background-job-swallows-errors
        except: continue


def expire_trials(db):
    try:
        db.expire_trials()
    # ruleid: background-job-swallows-errors
    except BaseException as e:  # keep the job alive
        pass


def send_reminders(users):
    for u in users:
        try:
            requests.post("https://api.example.net/remind", json={"id": u["id"]}, timeout=10)
        # ok: background-job-swallows-errors (logged with the traceback)
        except Exception:
            log.exception("reminder failed for %s", u["id"])


def refresh_rates(cache):
    try:
        cache.refresh()
    # ok: background-job-swallows-errors (one expected error around an optional step)
    except requests.Timeout:
        pass


def cleanup(path):
    try:
        os.remove(path)
    # ok: background-job-swallows-errors (best-effort cleanup of a temp file)
    except Exception:
        pass


def parse_when(value):
    try:
        return float(value)
    # ok: background-job-swallows-errors (best-effort parse)
    except Exception:
        pass
    return None


def report(run):
    try:
        run()
    # ok: background-job-swallows-errors (re-raised after logging)
    except Exception:
        log.exception("job failed")
        raise
