# fixture-path: app/services/llm_service.py
import os

from openai import AsyncOpenAI

# ruleid: py-llm-client-without-timeout
llm = AsyncOpenAI(api_key=os.environ["OPENAI_API_KEY"])
