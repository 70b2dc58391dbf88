import os

from Crypto.Cipher import AES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

# ruleid: py-cipher-static-iv
IV = b"0123456789abcdef"
# ruleid: py-cipher-static-iv
NONCE = b"\x00" * 12


def enc(key, data):
    # ruleid: py-cipher-static-iv
    c1 = Cipher(algorithms.AES(key), modes.CBC(b"fixedfixedfixed!"))
    # ruleid: py-cipher-static-iv
    c2 = AES.new(key, AES.MODE_CBC, b"abcdefghijklmnop")
    # ruleid: py-cipher-static-iv
    c3 = AES.new(key, AES.MODE_GCM, nonce=b"static-nonce")
    iv = os.urandom(16)
    # ok: py-cipher-static-iv
    c4 = Cipher(algorithms.AES(key), modes.CBC(iv))
    # ok: py-cipher-static-iv
    c5 = AES.new(key, AES.MODE_CBC, iv)
    # ok: py-cipher-static-iv
    c6 = AES.new(key, AES.MODE_GCM)
    return c1, c2, c3, c4, c5, c6
