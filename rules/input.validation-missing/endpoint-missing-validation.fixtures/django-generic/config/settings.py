ROOT_URLCONF = "config.urls"
INSTALLED_APPS = ["library"]
