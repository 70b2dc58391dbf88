import os
import braintree

# ruleid: braintree-sandbox-access-token
gateway = braintree.BraintreeGateway(access_token="access_token$sandbox$z6et60xbzp20kkcg$5a06d2bc584a3119c95c5c52d646623f")
# ok: braintree-sandbox-access-token
gateway = braintree.BraintreeGateway(access_token=os.environ["BRAINTREE_ACCESS_TOKEN"])
# ok: braintree-sandbox-access-token
live = "access_token$production$jmwpzliajlmnp50d$703b3baa8c125b99ec80b2ba81a4e722"
