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


def _digest(raw: str, salt: str = "") -> str:
    # ruleid: py-password-helper-fast-hash
    return hashlib.md5((salt + raw).encode("utf-8")).hexdigest()


def _sha1_upper(text: str) -> str:
    # ok: py-password-helper-fast-hash (Have I Been Pwned range lookup, not storage)
    return hashlib.sha1(text.encode()).hexdigest().upper()


def _fingerprint(data: str) -> str:
    # ok: py-password-helper-fast-hash (never given a password)
    return hashlib.sha256(data.encode()).hexdigest()


class User:
    def set_password(self, password: str) -> None:
        self.password_hash = _digest(password, salt=self.username)

    def check_password(self, password: str) -> bool:
        return self.password_hash == _digest(password, salt=self.username)

    def etag(self) -> str:
        return _fingerprint(self.username + self.email)


def password_is_pwned(password: str) -> bool:
    digest = _sha1_upper(password)
    prefix, suffix = digest[:5], digest[5:]
    return suffix in fetch_pwned_range(prefix)
