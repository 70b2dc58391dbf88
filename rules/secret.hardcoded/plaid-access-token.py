# ruleid: plaid-access-token
request = AccountsGetRequest(access_token="access-sandbox-417bac8d-b886-8fb3-39ec-8f971ed9b146")
# ok: plaid-access-token
request = AccountsGetRequest(access_token=user.plaid_access_token)
# ok: plaid-access-token
LINK_TOKEN = "link-sandbox-8e3692ba-2adc-9270-c65f-9fe1a2ba7d16"
