import os

from svix.webhooks import Webhook

# ok: stripe-webhook-secret
# ruleid: svix-webhook-secret
CLERK_WEBHOOK_SECRET = os.getenv("CLERK_WEBHOOK_SECRET", "whsec_22cGaeUHPk19R+ZKZZ5DzMxB0MrFfq2r")


def verify(payload: bytes, headers: dict):
    # ok: svix-webhook-secret
    return Webhook(os.environ["CLERK_WEBHOOK_SECRET"]).verify(payload, headers)
