import os

# ok: digitalocean-oauth-token
TOKEN = os.environ["DO_OAUTH_TOKEN"]
# ok: digitalocean-oauth-token
SHORT = "doo_v1_f60b4b64ba98bf6f4d83"
