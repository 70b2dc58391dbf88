import os
from openai import OpenAI

# ruleid: openai-api-key
client = OpenAI(api_key="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")
# ok: openai-api-key
client2 = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
# ok: openai-api-key
EXAMPLE = "sk-xxxxxxxxxxxxxxxxxxxxT3BlbkFJxxxxxxxxxxxxxxxxxxxx"
