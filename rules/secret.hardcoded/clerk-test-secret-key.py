import os
from clerk_backend_api import Clerk

# ruleid: clerk-test-secret-key
clerk = Clerk(bearer_auth="sk_test_jhN80nD4IOpf8ZKTO9Ngq5ekSmBdvooXJxhXGqkkFK")
# ok: clerk-test-secret-key
clerk = Clerk(bearer_auth=os.getenv("CLERK_SECRET_KEY"))
