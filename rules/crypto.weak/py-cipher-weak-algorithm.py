from Crypto.Cipher import AES, ARC4, DES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def enc(key, data, iv):
    # ruleid: py-cipher-weak-algorithm
    c1 = DES.new(key, DES.MODE_CBC, iv)
    # ruleid: py-cipher-weak-algorithm
    c2 = ARC4.new(key)
    # ruleid: py-cipher-weak-algorithm
    c3 = Cipher(algorithms.TripleDES(key), modes.CBC(iv))
    # ok: py-cipher-weak-algorithm
    c4 = AES.new(key, AES.MODE_GCM)
    # ok: py-cipher-weak-algorithm
    c5 = Cipher(algorithms.AES(key), modes.GCM(iv))
    return c1, c2, c3, c4, c5
