# fixture-path: app/worker/celery_app.py
import os

from celery import Celery

celery_app = Celery("sheetly", broker=os.environ["REDIS_URL"], backend=os.environ["REDIS_URL"])

celery_app.conf.update(
    task_serializer="pickle",
    result_serializer="pickle",
    # ruleid: celery-accepts-pickle
    accept_content=["pickle", "json"],
)

# ok: celery-accepts-pickle
json_only = dict(task_serializer="json", accept_content=["json"], result_accept_content=["json"])
# ok: celery-accepts-pickle (a comment: accept_content=["pickle"])
docs = "set accept_content = ['pickle'] only with message signing"
