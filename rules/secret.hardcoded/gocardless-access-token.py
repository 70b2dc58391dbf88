import os
import gocardless_pro

# ruleid: gocardless-access-token
client = gocardless_pro.Client(access_token="live_Kf_-m4sS8WXhLHcce8MLhIFhxVUU8vXyiabuSjIv", environment="live")
# ok: gocardless-access-token
client = gocardless_pro.Client(access_token=os.environ["GOCARDLESS_ACCESS_TOKEN"], environment="live")
