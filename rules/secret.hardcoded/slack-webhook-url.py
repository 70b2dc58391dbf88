import os, requests

# ruleid: slack-webhook-url
WEBHOOK = "https://hooks.slack.com/services/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"
# ok: slack-webhook-url
WEBHOOK2 = os.environ["SLACK_WEBHOOK_URL"]
# ok: slack-webhook-url
DOCS = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
