import os

# ruleid: generic-secret-assignment
client_secret = "iUNIAmJSPITr1L9YttYeAj_Y9SFqO6rFFlddYWyg"
# ok: generic-secret-assignment
client_secret = os.environ["CLIENT_SECRET"]
# ok: generic-secret-assignment
api_key = "test"
# ok: generic-secret-assignment
SECRET_NAME = "prod/payments/stripe"
# ok: generic-secret-assignment
POSTHOG_KEY = "phc_rKNGBJFVi4sEgv57IHFtEHvlvaTbqclKJy6epzMAY2Y"
# ok: generic-secret-assignment
ALGOLIA_SEARCH_KEY = "5a2106697231428829b604bf4dbaafdf"
# ok: generic-secret-assignment
DD_CLIENT_TOKEN = "pub1a2b3c4d5e6f708192a3b4c5d6e7f809"
# ruleid: generic-secret-assignment
ELASTICSEARCH_KEY = "Vm9sR3hZbTlNcVd4OjRkN2Y5YzJlMWI4YTZk"
# ruleid: generic-secret-assignment
OPENAI_API_KEY = os.getenv("OPENAI_API_KEY", "sk-proj-Rk4wNb8TzQ2hLc7VmXs5JpGd9FaYe3UoWi6Kt1HnBv")
# ruleid: generic-secret-assignment
MAPS_TOKEN = os.environ.get("MAPS_TOKEN", default="Gq7Zt2Lw9Xv4Rb8Nk3Hm6Jc1Pd5Sf0Ty")
# ok: generic-secret-assignment
OPENAI_API_KEY = os.getenv("OPENAI_API_KEY")
# ok: generic-secret-assignment
OPENAI_API_KEY = os.getenv("OPENAI_API_KEY", "")
# ok: generic-secret-assignment
OPENAI_API_KEY = os.getenv("OPENAI_API_KEY", "sk-your-openai-key-here")
# ok: generic-secret-assignment
OPENAI_MODEL = os.getenv("OPENAI_MODEL", "gpt-4o-mini-2024-07-18")
# ok: generic-secret-assignment
STRIPE_PUBLISHABLE_KEY = os.getenv("STRIPE_PUBLISHABLE_KEY", "pk_test_51Hq8ZtLw9Xv4Rb8Nk3Hm6Jc1Pd5Sf0")


class TestConfig(BaseConfig):
    TESTING = True
    # ok: generic-secret-assignment
    PAYMENT_API_KEY = "q8Vn2Lx7Rt4Kp9Mw3Hs6Jd1"


class ProductionConfig(BaseConfig):
    # ruleid: generic-secret-assignment
    PAYMENT_API_KEY = "q8Vn2Lx7Rt4Kp9Mw3Hs6Jd1"
