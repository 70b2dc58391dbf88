import os, random, secrets, string


def make_invite_token():
    # ruleid: py-insecure-random-for-secret
    return "".join(random.choices(string.ascii_letters + string.digits, k=24))


def make_invite_token_safe():
    # ok: py-insecure-random-for-secret
    return secrets.token_urlsafe(24)


def pick_banner(banners):
    # ok: py-insecure-random-for-secret
    return random.choice(banners)
