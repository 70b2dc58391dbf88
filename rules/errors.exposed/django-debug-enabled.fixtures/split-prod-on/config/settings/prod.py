from .base import *  # noqa: F401,F403

# The production module keeps the shared default.
ALLOWED_HOSTS = ["api.example.com"]
DEBUG_PROPAGATE_EXCEPTIONS = False
