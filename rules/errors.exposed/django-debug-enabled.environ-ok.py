# fixture-path: config/settings.py
import environ

# ok: django-debug-enabled (the scheme default is off)
env = environ.Env(DEBUG=(bool, False))
other = environ.Env(
    # ok: django-debug-enabled (DEBUG is read with its own default, off)
    DEBUG=(bool, True),
)

SECRET_KEY = env("SECRET_KEY")
DEBUG = other.bool("DEBUG", default=False)
ROOT_URLCONF = "config.urls"
