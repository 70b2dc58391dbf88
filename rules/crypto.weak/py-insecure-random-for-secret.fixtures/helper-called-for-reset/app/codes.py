import random


def _make_code():
    # ruleid: py-insecure-random-for-secret
    return "".join(str(random.randint(0, 9)) for _ in range(6))


def _make_sku():
    # ok: py-insecure-random-for-secret (its callers store a product code)
    return "SKU-" + str(random.randint(1000, 9999))


def _pick_color():
    # ok: py-insecure-random-for-secret (called, but nothing secret is made of it)
    return random.choice(["red", "green", "blue"])
