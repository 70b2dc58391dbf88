# fixture-path: mysite/settings.py
import os

import environ

env = environ.Env()

# ruleid: django-debug-enabled
DEBUG = True
# ruleid: django-debug-enabled
DEBUG = os.getenv("DEBUG", "True") == "True"
# ruleid: django-debug-enabled
DEBUG = env.bool("DJANGO_DEBUG", default=True)
# ok: django-debug-enabled
DEBUG = os.getenv("DEBUG", "False") == "True"
# ok: django-debug-enabled
DEBUG = env.bool("DJANGO_DEBUG", default=False)
# ok: django-debug-enabled
DEBUG = False
# ok: django-debug-enabled
TEMPLATE_DEBUG = True


def env_bool(name, default=False):
    return str(os.environ.get(name, default)).lower() in ("1", "true", "yes", "on")


# ruleid: django-debug-enabled
DEBUG = env_bool("DJANGO_DEBUG", True)
# ruleid: django-debug-enabled
DEBUG = get_bool_env("DEBUG", default="1")
# ruleid: django-debug-enabled
DEBUG = env("DJANGO_DEBUG", cast=bool, default=True)
# ok: django-debug-enabled
DEBUG = env_bool("DJANGO_DEBUG", False)
# ok: django-debug-enabled (the helper's default is off)
DEBUG = env_bool("DJANGO_DEBUG")
# ok: django-debug-enabled (another variable's default)
DEBUG = env_bool("DJANGO_DEBUG") and env_bool("ALLOW_DEBUG_TOOLBAR", True)
