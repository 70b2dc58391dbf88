import bcrypt
from passlib.context import CryptContext


def hash_pw(password):
    # ruleid: py-bcrypt-low-work-factor
    a = bcrypt.hashpw(password.encode(), bcrypt.gensalt(8))
    # ruleid: py-bcrypt-low-work-factor
    b = bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=4))
    # ok: py-bcrypt-low-work-factor
    c = bcrypt.hashpw(password.encode(), bcrypt.gensalt())
    # ok: py-bcrypt-low-work-factor
    d = bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))
    # ok: py-bcrypt-low-work-factor
    e = bcrypt.hashpw(password.encode(), bcrypt.gensalt(14))
    return a, b, c, d, e


# ruleid: py-bcrypt-low-work-factor
pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto", bcrypt__rounds=6)
# ok: py-bcrypt-low-work-factor
pwd_context2 = CryptContext(schemes=["bcrypt"], deprecated="auto", bcrypt__rounds=13)


class Config:
    # ruleid: py-bcrypt-low-work-factor
    BCRYPT_LOG_ROUNDS = 4


class TestingConfig(Config):
    # ok: py-bcrypt-low-work-factor
    BCRYPT_LOG_ROUNDS = 4
