# fixture-path: config/settings/base.py
INSTALLED_APPS = ["django.contrib.auth", "allauth", "allauth.account"]
# ok: allauth-login-throttle-disabled
ACCOUNT_LOGIN_ATTEMPTS_LIMIT = 5
# ok: allauth-login-throttle-disabled
ACCOUNT_LOGIN_ATTEMPTS_TIMEOUT = 300
ACCOUNT_RATE_LIMITS = {
    # ok: allauth-login-throttle-disabled
    "login": "30/m/ip",
    # ruleid: allauth-login-throttle-disabled
    "login_failed": "10000/m/ip",
}
