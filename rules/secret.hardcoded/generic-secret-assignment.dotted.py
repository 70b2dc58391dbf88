import os

from django.conf import settings

# A dotted token as the fallback of an environment read: its segments are random, not names.
# ruleid: generic-secret-assignment
MAILER_API_KEY = os.getenv("MAILER_API_KEY") or "ML.q3Lk9TzXw2RbN7vYc1Hf.Jm4Pd8Ks6Wq0Ue5Ga2Zr7Ty1Io9Lx3Cv6Bn8Mh4Dj"
# ruleid: generic-secret-assignment
PARTNER_TOKEN = "Kq7Zt2Lw9Xv4Rb8Nk3Hm.Pd5Sf0Ty6Gw1Jc8Lx"
# ok: generic-secret-assignment
MAILER_API_KEY = os.getenv("MAILER_API_KEY") or settings.MAILER_API_KEY_V2024
# ok: generic-secret-assignment
STORAGE_SECRET_KEY = settings.AWS_S3_SECRET_ACCESS_KEY_2024
# ok: generic-secret-assignment
SIGNING_SECRET = settings.integrations.webhookSigningSecretV2
