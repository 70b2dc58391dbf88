import os, requests

headers = {
    "X-Auth-Email": "ops@example.com",
    # ruleid: cloudflare-global-api-key
    "X-Auth-Key": "27437e8bfcc3162601415904187527e3ce0b1",
}
# ok: cloudflare-global-api-key
headers2 = {"X-Auth-Key": os.environ["CLOUDFLARE_API_KEY"]}
