# An unrelated value in a file that never mentions the mail provider.
# ok: mailgun-api-key
CACHE_KEY = "key-bb9eb13bdba19ad647bf2fa5a3713a5b"
