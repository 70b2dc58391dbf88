import os

# ruleid: adobe-client-secret
credentials = {"client_id": "3c9a1e", "client_secret": "p8e-PPEgGAg1mchpJhow3c12ETylY7Sts3tM"}
# ok: adobe-client-secret
credentials = {"client_id": "3c9a1e", "client_secret": os.environ["ADOBE_CLIENT_SECRET"]}
# ok: adobe-client-secret
HINT = "p8e-your-client-secret"
