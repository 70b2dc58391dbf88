import requests
from celery import shared_task


@shared_task
def deliver_webhook(target, payload):
    # ruleid: py-ssrf-through-helper
    requests.post(target, json=payload, timeout=10)


@shared_task
def refresh_rates(source):
    # ok: py-ssrf-through-helper
    return requests.get(source, timeout=10).json()
