from .base import *  # noqa

# ruleid: allauth-login-throttle-disabled
ACCOUNT_RATE_LIMITS = False
