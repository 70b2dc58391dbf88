import os
import easypost
# ruleid: easypost-api-key
client = easypost.EasyPostClient("EZAKu0hbwoOI8xVhC4FCjGNDUGyB9vbMKn9NgCCq2BN2qvfSYuo94OgWax")
# ok: easypost-api-key
client = easypost.EasyPostClient(os.environ["EASYPOST_API_KEY"])
