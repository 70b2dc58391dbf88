import os
from pinecone import Pinecone

# ruleid: pinecone-api-key
pc = Pinecone(api_key="pcsk_Ru6Fxs_kAG8Os70X5JsWJDOlci84x3bwK1Hahsc2GeLONpqwz4BJDDnPV41wNhJ9eTWFkH")
# ok: pinecone-api-key
pc = Pinecone(api_key=os.environ["PINECONE_API_KEY"])
# ruleid: pinecone-api-key
PINECONE_API_KEY = "0ad895ca-43a4-4d50-ae21-9778a8930970"
# ok: pinecone-api-key
PINECONE_INDEX = "docs-index"
