# fixture-path: config/settings.py
INSTALLED_APPS = ["django.contrib.auth"]
# ok: allauth-login-throttle-disabled (allauth is not used)
ACCOUNT_LOGIN_ATTEMPTS_LIMIT = 1000
