import os
import stripe

# ruleid: stripe-live-restricted-key
client = stripe.StripeClient("rk_live_DDe9frgHNBGnwjKg2DYyCYnx")
# ok: stripe-live-restricted-key
client = stripe.StripeClient(os.environ["STRIPE_RESTRICTED_KEY"])
