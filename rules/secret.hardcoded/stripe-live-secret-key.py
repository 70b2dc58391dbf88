import os
import stripe

# ruleid: stripe-live-secret-key
stripe.api_key = "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"
# ok: stripe-live-secret-key
stripe.api_key = os.environ["STRIPE_SECRET_KEY"]

# In code, the same typed-looking run marks a made-up example.
# ok: stripe-live-secret-key
EXAMPLE_KEY = "sk_live_51NqZxKLm8cT4vR2pYwA9sJdE3fGhUiOp7QrStUvWxYz0123456789abcdEFGH"
