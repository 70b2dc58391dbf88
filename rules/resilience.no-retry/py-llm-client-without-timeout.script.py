# fixture-path: build_embeddings.py
import os

from openai import OpenAI

# ok: py-llm-client-without-timeout
client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])

if __name__ == "__main__":
    print(client.models.list())
