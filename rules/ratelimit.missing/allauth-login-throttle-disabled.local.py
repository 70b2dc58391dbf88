# fixture-path: config/settings/local.py
INSTALLED_APPS = ["allauth", "allauth.account"]
# ok: allauth-login-throttle-disabled (local settings)
ACCOUNT_RATE_LIMITS = False
