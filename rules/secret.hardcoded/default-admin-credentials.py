import os

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from passlib.context import CryptContext
from pydantic_settings import BaseSettings
from werkzeug.security import generate_password_hash

pwd_context = CryptContext(schemes=["bcrypt"])


class Command(BaseCommand):
    help = "Create the default superuser"

    def handle(self, *args, **options):
        User = get_user_model()
        if not User.objects.filter(username="admin").exists():
            # ruleid: default-admin-credentials
            User.objects.create_superuser("admin", "admin@example.com", "admin")
        # ok: default-admin-credentials
        User.objects.create_superuser("ops", "ops@example.com", os.environ["DJANGO_SUPERUSER_PASSWORD"])


class Settings(BaseSettings):
    # ruleid: default-admin-credentials
    FIRST_SUPERUSER_PASSWORD: str = "changethis"
    # ok: default-admin-credentials (no default: must come from the environment)
    ADMIN_PASSWORD: str


def init_db(db):
    if db.query(User).filter(User.email == "admin@app.local").first() is None:
        admin = User(
            email="admin@app.local",
            # ruleid: default-admin-credentials
            hashed_password=pwd_context.hash("admin123"),
            is_superuser=True,
        )
        db.add(admin)
    # ok: default-admin-credentials (a normal user)
    db.add(User(email="alice@app.local", hashed_password=pwd_context.hash("alice-pass-1"), is_superuser=False))
    db.commit()


def seed_flask(db):
    # ruleid: default-admin-credentials
    admin = User(username="admin", password_hash=generate_password_hash("password"), is_admin=True)
    db.session.add(admin)
    # ok: default-admin-credentials
    admin_pw = os.environ["ADMIN_PASSWORD"]
    db.session.add(User(username="root", password_hash=generate_password_hash(admin_pw), is_admin=True))
    # ruleid: default-admin-credentials
    fallback = os.getenv("ADMIN_PASSWORD", "admin@123")
    db.session.commit()
