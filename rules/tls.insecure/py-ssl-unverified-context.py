import ssl
import urllib.request

import certifi

# ruleid: py-ssl-unverified-context
ssl._create_default_https_context = ssl._create_unverified_context
# ruleid: py-ssl-unverified-context
ctx = ssl._create_unverified_context()
ctx2 = ssl.create_default_context()
# ruleid: py-ssl-unverified-context
ctx2.check_hostname = False
# ruleid: py-ssl-unverified-context
ctx2.verify_mode = ssl.CERT_NONE
# ok: py-ssl-unverified-context
ctx3 = ssl.create_default_context(cafile=certifi.where())
# ok: py-ssl-unverified-context
ctx3.verify_mode = ssl.CERT_REQUIRED
