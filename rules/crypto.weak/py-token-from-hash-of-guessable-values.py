import hashlib
import secrets
import time
from datetime import datetime
from hashlib import sha1


def forgot_password(user):
    # ruleid: py-token-from-hash-of-guessable-values
    user.reset_token = hashlib.md5(f"{user.email}{int(time.time())}".encode()).hexdigest()
    # ruleid: py-token-from-hash-of-guessable-values
    verify_code = sha1(str(user.id).encode() + str(datetime.utcnow()).encode()).hexdigest()[:6]
    return verify_code


def make_invite_token(email):
    # ruleid: py-token-from-hash-of-guessable-values
    return hashlib.sha256((email + str(time.time())).encode()).hexdigest()


def issue_reset(user):
    raw = secrets.token_urlsafe(32)
    # ok: py-token-from-hash-of-guessable-values
    user.reset_token = hashlib.sha256(raw.encode()).hexdigest()
    # ok: py-token-from-hash-of-guessable-values
    user.verify_token = hashlib.sha256(f"{user.email}{time.time()}{SECRET_KEY}".encode()).hexdigest()
    # ok: py-token-from-hash-of-guessable-values
    gravatar = hashlib.md5(user.email.lower().encode()).hexdigest()
    # ok: py-token-from-hash-of-guessable-values
    user.password_hash = hashlib.sha256(f"{user.email}{time.time()}".encode()).hexdigest()
    # ok: py-token-from-hash-of-guessable-values
    cache_id = hashlib.md5(f"{user.id}:{time.time() // 60}".encode()).hexdigest()
    return raw, gravatar, cache_id
