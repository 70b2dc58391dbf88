import os
from groq import Groq

# ruleid: groq-api-key
client = Groq(api_key="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")
# ok: groq-api-key
client = Groq(api_key=os.environ.get("GROQ_API_KEY"))
# ok: groq-api-key
GROQ_HINT = "gsk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
# ok: groq-api-key
TOO_SHORT = "gsk_0sTGATH7e7l9KPqPbZMi"
