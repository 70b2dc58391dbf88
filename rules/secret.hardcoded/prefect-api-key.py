import os
# ruleid: prefect-api-key
os.environ.setdefault("PREFECT_API_KEY", "pnu_4eyzbYI6tAkK7RjD00Py1sYNl719XV27e7tU")
# ok: prefect-api-key
api_key = os.environ["PREFECT_API_KEY"]
