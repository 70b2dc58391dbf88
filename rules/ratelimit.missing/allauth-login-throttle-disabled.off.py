# fixture-path: config/settings.py
INSTALLED_APPS = ["django.contrib.auth", "allauth.account"]
# ok: allauth-login-throttle-disabled (a normal limit)
ACCOUNT_LOGIN_ATTEMPTS_LIMIT = 50
if DEBUG:
    # ok: allauth-login-throttle-disabled (development only)
    ACCOUNT_RATE_LIMITS = False
# ok: allauth-login-throttle-disabled
ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip,5/5m/key"}
# ruleid: allauth-login-throttle-disabled
ACCOUNT_LOGIN_ATTEMPTS_LIMIT = None
