INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.sites",
    "allauth",
    "allauth.account",
]
