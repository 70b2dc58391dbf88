# fixture-path: celeryconfig.py
broker_url = "redis://localhost:6379/0"
# ok: celery-accepts-pickle
task_serializer = "pickle"
# ok: celery-accepts-pickle
accept_content = ("json", "msgpack")
# ruleid: celery-accepts-pickle
result_accept_content = {"json", "pickle"}
