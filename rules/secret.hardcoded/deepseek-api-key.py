import os
from openai import OpenAI

client = OpenAI(
    # ruleid: deepseek-api-key
    api_key="sk-e8bb628a6827adc35d2ee5f47e813a6d",
    base_url="https://api.deepseek.com",
)
# ok: deepseek-api-key
client2 = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")
