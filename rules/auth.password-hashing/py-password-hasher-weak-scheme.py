from passlib.context import CryptContext
from passlib.hash import md5_crypt, pbkdf2_sha256
from werkzeug.security import generate_password_hash

# ruleid: py-password-hasher-weak-scheme
ctx = CryptContext(schemes=["md5_crypt"])
# ok: py-password-hasher-weak-scheme
ctx2 = CryptContext(schemes=["argon2", "bcrypt", "md5_crypt"], deprecated="auto")


def make(password):
    # ruleid: py-password-hasher-weak-scheme
    a = md5_crypt.hash(password)
    # ruleid: py-password-hasher-weak-scheme
    b = generate_password_hash(password, method="sha256")
    # ok: py-password-hasher-weak-scheme
    c = generate_password_hash(password, method="pbkdf2:sha256:600000")
    # ok: py-password-hasher-weak-scheme
    d = pbkdf2_sha256.hash(password)
    # ok: py-password-hasher-weak-scheme
    e = generate_password_hash(password)
    return a, b, c, d, e
