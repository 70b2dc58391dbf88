import os, requests

# ruleid: slack-webhook-url
WEBHOOK = "https://hooks.slack.com/services/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"
# ok: slack-webhook-url
WEBHOOK2 = os.environ["SLACK_WEBHOOK_URL"]
# ok: slack-webhook-url
DOCS = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
# ruleid: slack-webhook-url
WORKFLOW = "https://hooks.slack.com/workflows/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"
# ruleid: slack-webhook-url
TRIGGER = "https://hooks.slack.com/triggers/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"
# ok: slack-webhook-url
TRIGGER_DOCS = "https://api.slack.com/automation/triggers/webhook"
