import os
import ccxt

# ruleid: crypto-exchange-api-secret
KRAKEN_PRIVATE_KEY = "E4OOHH1g1QLUurRW8Cj2EMi3q3HMh+Fsc83c3DdsYAcE5j28UM4SvxLyjYcdPqUOEC9pbxPatRbukYBWZbKrxa=="
# ok: crypto-exchange-api-secret
exchange = ccxt.binance({"apiKey": os.environ["BINANCE_API_KEY"], "secret": os.environ["BINANCE_API_SECRET"]})
# ok: crypto-exchange-api-secret
KUCOIN_ACCOUNT_ID = "cd76df7fefb3323f658b8302"
