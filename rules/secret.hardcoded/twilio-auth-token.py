import os
from twilio.rest import Client

# ruleid: twilio-auth-token
client = Client("AC8d09078a785c0344795ad919f12e4a50", "dce010eb5e48a642ff791ecab0f10a35")
# ok: twilio-auth-token
client = Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])
# ruleid: twilio-auth-token
TWILIO_AUTH_TOKEN = "5e0c137d2686e7e2d80b7d7b8f0daff8"
# ok: twilio-auth-token
TWILIO_PHONE_NUMBER = "+15005550006"
