import os
import oss2

# ruleid: alibaba-cloud-access-key
auth = oss2.Auth("LTAIbwAv5Dovl8kWI2dN", os.environ["OSS_SECRET"])
# ok: alibaba-cloud-access-key
auth = oss2.Auth(os.environ["OSS_KEY_ID"], os.environ["OSS_SECRET"])
