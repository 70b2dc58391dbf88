# ruleid: generic-private-key
EC_KEY = """-----BEGIN EC PRIVATE KEY-----
M5akxH6tk49kJe+2PPt7xla/PY67rtK2n93NpLPdwJqh/ZxRY1EZeQpThQ0seawP
VpyFSQg/0Zlcm4bW38CGMq4NmEAcuK4PSjZRL8xY5F0652RD5Rgzp4IIYUbirVDx
CPavemz1G86aAy4MRZ8NomuYOEZpyOrGINk8xeB5PEtmSffuj0oxvB9hDUJXC5ll
oK73+7mcbnxgRjGg+JkYQbAI4lIllxzVH6qcrLRN==
-----END EC PRIVATE KEY-----"""

# ok: generic-private-key
HEADER = "-----BEGIN PRIVATE KEY-----"
