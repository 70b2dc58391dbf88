import hashlib
import os


def register(username, password):
    # ruleid: py-password-fast-hash
    pw_hash = hashlib.md5(password.encode()).hexdigest()
    salt = os.urandom(16).hex()
    # ruleid: py-password-fast-hash
    salted = hashlib.sha256((salt + password).encode()).hexdigest()
    # ruleid: py-password-fast-hash
    h2 = hashlib.new("sha1", password.encode()).hexdigest()
    h = hashlib.sha512()
    # ruleid: py-password-fast-hash
    h.update(password.encode("utf-8"))
    # ok: py-password-fast-hash
    digest = hashlib.sha256(file_bytes).hexdigest()
    # ok: py-password-fast-hash
    avatar = hashlib.md5(email.lower().encode()).hexdigest()
    # ok: py-password-fast-hash
    token_hash = hashlib.sha256(password_reset_token.encode()).hexdigest()
    # ok: py-password-fast-hash
    kdf = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt), 600_000)
    profile = {}
    # ok: py-password-fast-hash
    profile.update(password=None)
    return pw_hash, salted, h2, h, digest, avatar, token_hash, kdf
