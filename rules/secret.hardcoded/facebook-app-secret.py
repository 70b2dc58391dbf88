import os
import requests

# ruleid: facebook-app-secret
APP_TOKEN = "4774525208710317|728ef036188e2d830b204a03cfa4ccd8"
# ok: facebook-app-secret
APP_TOKEN = f"{os.environ['FB_APP_ID']}|{os.environ['FB_APP_SECRET']}"
r = requests.get("https://graph.facebook.com/debug_token", params={"access_token": APP_TOKEN})
