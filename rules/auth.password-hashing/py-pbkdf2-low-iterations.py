import hashlib

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC


def derive(password, salt):
    # ruleid: py-pbkdf2-low-iterations
    a = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 1000)
    # ruleid: py-pbkdf2-low-iterations
    b = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations=10_000)
    # ruleid: py-pbkdf2-low-iterations
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=5000)
    # ok: py-pbkdf2-low-iterations
    c = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
    # ok: py-pbkdf2-low-iterations
    d = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 210000)
    # ok: py-pbkdf2-low-iterations
    kdf2 = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=480000)
    # ok: py-pbkdf2-low-iterations
    e = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ITERATIONS)
    return a, b, kdf, c, d, kdf2, e
