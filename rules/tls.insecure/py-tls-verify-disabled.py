import aiohttp
import httpx
import requests


def call(url):
    # ruleid: py-tls-verify-disabled
    r = requests.get(url, verify=False, timeout=5)
    s = requests.Session()
    # ruleid: py-tls-verify-disabled
    s.verify = False
    # ruleid: py-tls-verify-disabled
    client = httpx.Client(verify=False)
    # ruleid: py-tls-verify-disabled
    conn = aiohttp.TCPConnector(ssl=False)
    # ok: py-tls-verify-disabled
    r2 = requests.get(url, timeout=5)
    # ok: py-tls-verify-disabled
    r3 = requests.get(url, verify="/etc/ssl/internal-ca.pem", timeout=5)
    # ok: py-tls-verify-disabled
    r4 = requests.get(url, verify=True, timeout=5)
    return r, client, conn, r2, r3, r4


# ok: py-tls-verify-disabled
def fetch(url, verify=False):
    return requests.get(url, verify=verify, timeout=5)


async def aio(url):
    # ruleid: py-tls-verify-disabled
    async with aiohttp.ClientSession() as session, session.get(url, ssl=False) as resp:
        return await resp.text()


def plain_redis():
    import redis
    # ok: py-tls-verify-disabled
    return redis.Redis(host="localhost", ssl=False)
