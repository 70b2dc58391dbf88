import requests

session = requests.Session()


def call(url):
    # ruleid: py-http-request-without-timeout
    a = session.get(url)
    # ok: py-http-request-without-timeout
    b = session.get(url, timeout=5)
    return a, b
