import os, requests
# ruleid: microsoft-teams-webhook-url
requests.post("https://contoso.webhook.office.com/webhookb2/80f5d463-f892-d11d-0466-7e2571c0f2d1@39fd10ec-9670-f49a-c9f5-f3d05da717e2/IncomingWebhook/7bbdb516dcfcd599619f8db2abc52b4b/3bd7650c-2cce-ed23-aa28-cb5842e09d40/V2tn2J59FjRv3NJEZLXi7j75iBQZXKFbTB4XbslQzJ", json={"text": "deploy done"})
# ok: microsoft-teams-webhook-url
requests.post(os.environ["TEAMS_WEBHOOK_URL"], json={"text": "deploy done"})
