import aiohttp
import httpx
import requests

# ruleid: py-http-timeout-disabled
client = httpx.AsyncClient(timeout=None)
# ok: py-http-timeout-disabled
client2 = httpx.AsyncClient(timeout=httpx.Timeout(60.0, connect=5.0))
# ruleid: py-http-timeout-disabled
t = aiohttp.ClientTimeout(total=None)
# ok: py-http-timeout-disabled
t2 = aiohttp.ClientTimeout(total=30)


def get(url):
    # ruleid: py-http-timeout-disabled
    return requests.get(url, timeout=None)
