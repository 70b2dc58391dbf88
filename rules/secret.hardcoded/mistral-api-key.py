import os
from mistralai import Mistral

# ruleid: mistral-api-key
client = Mistral(api_key="hs6OBQ6xU1B4I2oqD8ptR26IYZR8berP")
# ok: mistral-api-key
client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
# ruleid: mistral-api-key
MISTRAL_API_KEY = "1fiFHJNEM3o4QWZfRC5IL2wzkwtJnRIv"
# ok: mistral-api-key
MISTRAL_MODEL = "mistral-large-latest"
# ok: mistral-api-key
OTHER_TOKEN = "9q6H0WM8wXf7LDLDd94KGGfVf5HjEYu9"
