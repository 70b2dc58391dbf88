# fixture-path: config/settings.py
CELERY_BROKER_URL = "redis://redis:6379/0"
CELERY_TASK_SERIALIZER = "pickle"
# ruleid: celery-accepts-pickle
CELERY_ACCEPT_CONTENT = [
    "application/json",
    "application/x-python-serialize",
]
