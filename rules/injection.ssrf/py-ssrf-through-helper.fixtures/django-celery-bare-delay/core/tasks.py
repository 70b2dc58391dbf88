import requests
from celery import shared_task

from .storage import upload_bytes


@shared_task(bind=True, max_retries=3)
def import_remote_file(self, project_id: int, url: str):
    # ruleid: py-ssrf-through-helper
    resp = requests.get(url, timeout=20, allow_redirects=True)
    resp.raise_for_status()
    upload_bytes(resp.content, f"projects/{project_id}/imported")


@shared_task
def refresh_feed(feed_id: int, url: str):
    # ok: py-ssrf-through-helper (queued with a fixed URL)
    resp = requests.get(url, timeout=20)
    upload_bytes(resp.content, f"feeds/{feed_id}")


@shared_task
def fetch_avatar(user_id: int, url: str):
    # ruleid: py-ssrf-through-helper
    resp = requests.get(url, timeout=10)
    upload_bytes(resp.content, f"avatars/{user_id}")


@shared_task
def mirror_page(link):
    # ruleid: py-ssrf-through-helper
    return requests.get(link, timeout=10).text
