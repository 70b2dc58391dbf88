import os

# ruleid: generic-secret-assignment
client_secret = "iUNIAmJSPITr1L9YttYeAj_Y9SFqO6rFFlddYWyg"
# ok: generic-secret-assignment
client_secret = os.environ["CLIENT_SECRET"]
# ok: generic-secret-assignment
api_key = "test"
# ok: generic-secret-assignment
SECRET_NAME = "prod/payments/stripe"
# ok: generic-secret-assignment
POSTHOG_KEY = "phc_rKNGBJFVi4sEgv57IHFtEHvlvaTbqclKJy6epzMAY2Y"
# ok: generic-secret-assignment
ALGOLIA_SEARCH_KEY = "5a2106697231428829b604bf4dbaafdf"
# ok: generic-secret-assignment
DD_CLIENT_TOKEN = "pub1a2b3c4d5e6f708192a3b4c5d6e7f809"
# ruleid: generic-secret-assignment
ELASTICSEARCH_KEY = "Vm9sR3hZbTlNcVd4OjRkN2Y5YzJlMWI4YTZk"
