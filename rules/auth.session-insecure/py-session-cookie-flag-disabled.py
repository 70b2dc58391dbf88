# fixture-path: mysite/settings.py
import os

DEBUG = False
# ruleid: py-session-cookie-flag-disabled
SESSION_COOKIE_SECURE = False
# ruleid: py-session-cookie-flag-disabled
CSRF_COOKIE_SECURE = False
# ruleid: py-session-cookie-flag-disabled
SESSION_COOKIE_HTTPONLY = False
# ok: py-session-cookie-flag-disabled
SESSION_COOKIE_SECURE = True
# ok: py-session-cookie-flag-disabled
CSRF_COOKIE_SECURE = not DEBUG
# ok: py-session-cookie-flag-disabled
CSRF_COOKIE_HTTPONLY = False
# ok: py-session-cookie-flag-disabled
SESSION_COOKIE_SECURE = os.getenv("SESSION_COOKIE_SECURE", "1") == "1"

if DEBUG:
    # ok: py-session-cookie-flag-disabled
    SESSION_COOKIE_SECURE = False
