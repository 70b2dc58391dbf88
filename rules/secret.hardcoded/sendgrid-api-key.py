import os
from sendgrid import SendGridAPIClient

# ruleid: sendgrid-api-key
sg = SendGridAPIClient("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")
# ok: sendgrid-api-key
sg = SendGridAPIClient(os.environ.get("SENDGRID_API_KEY"))
