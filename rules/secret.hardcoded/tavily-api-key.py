from tavily import TavilyClient
# ruleid: tavily-api-key
client = TavilyClient(api_key="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")
# ok: tavily-api-key
client = TavilyClient(api_key=os.environ["TAVILY_API_KEY"])
