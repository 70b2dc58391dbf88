import hashlib
import hmac

# ok: py-jwt-hardcoded-signing-key (a Mailgun webhook key in a file with no JWT; the secrets rules judge it)
MAILGUN_SIGNING_KEY = "key-3ax6xnjp29jd6fds4gc373sgvjxteol0"


def signature_ok(timestamp: str, token: str, signature: str) -> bool:
    digest = hmac.new(MAILGUN_SIGNING_KEY.encode(), f"{timestamp}{token}".encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(digest, signature)
