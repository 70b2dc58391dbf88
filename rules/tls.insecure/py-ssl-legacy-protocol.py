import ssl

# ruleid: py-ssl-legacy-protocol
ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
ctx2 = ssl.create_default_context()
# ruleid: py-ssl-legacy-protocol
ctx2.minimum_version = ssl.TLSVersion.TLSv1
# ok: py-ssl-legacy-protocol
ctx2.minimum_version = ssl.TLSVersion.TLSv1_2
# ok: py-ssl-legacy-protocol
ctx3 = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
