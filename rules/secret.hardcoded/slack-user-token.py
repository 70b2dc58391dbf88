import os
from slack_sdk import WebClient

# ruleid: slack-user-token
client = WebClient(token="xoxp-508268538258-902307630838-8343394731361-61d25a174c899a27bd4604e65f61034c")
# ok: slack-user-token
client = WebClient(token=os.environ["SLACK_USER_TOKEN"])
