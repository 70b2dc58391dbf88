import hashlib
import hmac

import bcrypt


def hash_password(raw: str) -> str:
    # ruleid: py-password-helper-fast-hash
    return hashlib.md5(raw.encode()).hexdigest()


def verify_password(raw: str, stored: str) -> bool:
    # ruleid: py-password-helper-fast-hash
    return hmac.compare_digest(hashlib.sha256(raw.encode()).hexdigest(), stored)


def make_pw_hash(s, salt):
    # ruleid: py-password-helper-fast-hash
    return hashlib.sha1((salt + s).encode()).hexdigest()


def hash_token(raw: str) -> str:
    # ok: py-password-helper-fast-hash (a random API or reset token: a fast hash is right)
    return hashlib.sha256(raw.encode()).hexdigest()


def hash_file(path: str) -> str:
    with open(path, "rb") as fh:
        # ok: py-password-helper-fast-hash
        return hashlib.md5(fh.read()).hexdigest()


def hash_password_slow(raw: str) -> bytes:
    # ok: py-password-helper-fast-hash (the digest only names the bcrypt input)
    pre = hashlib.sha256(raw.encode()).digest()
    return bcrypt.hashpw(pre, bcrypt.gensalt())


def hash_user_password(password: str) -> str:
    # ok: py-password-helper-fast-hash (py-password-fast-hash reports this one)
    return hashlib.md5(password.encode()).hexdigest()
