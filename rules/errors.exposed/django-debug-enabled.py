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
