import json, os, requests


def pull_rates():
    # ruleid: py-tls-verify-disabled
    resp = requests.get(os.environ["RATES_URL"], timeout=10, verify=False)
    return json.loads(resp.text)


def pull_rates_checked():
    # ok: py-tls-verify-disabled
    resp = requests.get(os.environ["RATES_URL"], timeout=10, verify=os.environ.get("CA_BUNDLE", True))
    return resp.json()
