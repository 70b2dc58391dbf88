# fixture-path: mysite/settings/local.py
# ok: py-session-cookie-flag-disabled
SESSION_COOKIE_SECURE = False
