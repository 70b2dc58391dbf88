import os

# ruleid: langsmith-api-key
os.environ["LANGSMITH_API_KEY"] = "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"
# ok: langsmith-api-key
key = os.environ.get("LANGSMITH_API_KEY")
# ok: langsmith-api-key
WRONG_TYPE = "lsv2_xx_706216413566ef43c3f96f97f8c7b70d_3b322f199e"
