import click
from werkzeug.security import generate_password_hash


@click.command()
def create_admin():
    password = secrets.token_urlsafe(12)
    save_admin(generate_password_hash(password))
    # ok: py-password-written-to-logs (a CLI that shows the operator the generated password)
    print("admin password:", password)
