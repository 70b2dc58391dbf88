import random
import secrets
import string
import uuid


def generate_token(length=32):
    # ruleid: py-insecure-random-for-secret
    return "".join(random.choices(string.ascii_letters + string.digits, k=length))


def send_otp(user):
    # ruleid: py-insecure-random-for-secret
    otp = str(random.randint(100000, 999999))
    # ruleid: py-insecure-random-for-secret
    user.reset_token = "%032x" % random.getrandbits(128)
    # ruleid: py-insecure-random-for-secret
    api_key = uuid.uuid1().hex
    # ok: py-insecure-random-for-secret
    safe_otp = f"{secrets.randbelow(10**6):06d}"
    # ok: py-insecure-random-for-secret
    safe_token = secrets.token_urlsafe(32)
    # ok: py-insecure-random-for-secret
    delay = random.uniform(0.1, 0.5)
    # ok: py-insecure-random-for-secret
    max_tokens = random.randint(100, 200)
    # ok: py-insecure-random-for-secret
    color = random.choice(["red", "blue"])
    # ok: py-insecure-random-for-secret
    sysrand_token = random.SystemRandom().choice(string.ascii_letters)
    return otp, api_key, safe_otp, safe_token, delay, max_tokens, color, sysrand_token


def pick_winner(entries):
    # ok: py-insecure-random-for-secret
    return random.choice(entries)


def create_user(db, name):
    # ruleid: py-insecure-random-for-secret
    db.insert({"name": name, "password": "".join(random.sample(string.ascii_letters, 12))})


def reset_password(user):
    # ruleid: py-insecure-random-for-secret
    code = "".join(random.choices(string.digits, k=6))
    # ok: py-insecure-random-for-secret
    wait = random.uniform(0.1, 0.3)
    return code, wait


def send_signup_code(alphabet):
    verification_code = ""
    for _ in range(6):
        # ruleid: py-insecure-random-for-secret
        verification_code += alphabet[int(random.random() * len(alphabet))]
    retries = 0
    # ok: py-insecure-random-for-secret
    retries += random.randint(1, 3)
    return verification_code, retries


def request_sms_code(user):
    # ruleid: py-insecure-random-for-secret
    code = f"{random.randint(0, 999999):06d}"
    user.sms_code = code
    return code


def send_sms_campaign(recipients):
    # ok: py-insecure-random-for-secret
    variant = random.choice(["A", "B"])
    return variant, recipients
