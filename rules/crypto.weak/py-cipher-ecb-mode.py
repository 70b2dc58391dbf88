from Crypto.Cipher import AES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def enc(key, data, nonce):
    # ruleid: py-cipher-ecb-mode
    c1 = AES.new(key, AES.MODE_ECB)
    # ruleid: py-cipher-ecb-mode
    c2 = Cipher(algorithms.AES(key), modes.ECB())
    # ok: py-cipher-ecb-mode
    c3 = AES.new(key, AES.MODE_GCM, nonce=nonce)
    # ok: py-cipher-ecb-mode
    c4 = Cipher(algorithms.AES(key), modes.CBC(nonce))
    return c1, c2, c3, c4
