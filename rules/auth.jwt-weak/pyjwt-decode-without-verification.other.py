# Not a JWT library: requests' verify is a TLS option, handled by another rule.
import requests


def fetch(url):
    # ok: pyjwt-decode-without-verification
    return requests.get(url, verify=False, timeout=5)
