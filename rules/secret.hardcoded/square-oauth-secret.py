import os

# ruleid: square-oauth-secret
SQUARE_APPLICATION_SECRET = "sq0csp-kVQLdXbUfgAD9FSjq9SOTRkjy1sIFoSx4IJar4rlRcE"
# ok: square-oauth-secret
SQUARE_APPLICATION_SECRET = os.environ["SQUARE_APPLICATION_SECRET"]
