import os
from huggingface_hub import InferenceClient

# ruleid: huggingface-access-token
client = InferenceClient(token="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")
# ok: huggingface-access-token
client = InferenceClient(token=os.environ["HF_TOKEN"])
# ruleid: huggingface-access-token
ORG_TOKEN = "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"
# ok: huggingface-access-token
HF_MODEL = "hf_internal_testing_tiny_random_model"
