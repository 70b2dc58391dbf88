import os

# ruleid: generic-secret-assignment
client_secret = "iUNIAmJSPITr1L9YttYeAj_Y9SFqO6rFFlddYWyg"
# ok: generic-secret-assignment
client_secret = os.environ["CLIENT_SECRET"]
# ok: generic-secret-assignment
api_key = "test"
# ok: generic-secret-assignment
SECRET_NAME = "prod/payments/stripe"
