import os
from databricks import sql

# ruleid: databricks-access-token
conn = sql.connect(server_hostname=HOST, http_path=PATH, access_token="dapia8620f0516aabc8ac6dd055c243a994a-2")
# ok: databricks-access-token
conn = sql.connect(server_hostname=HOST, http_path=PATH, access_token=os.environ["DATABRICKS_TOKEN"])
