import os

from flask import Flask

app = Flask(__name__)
# ruleid: flask-secret-key-hardcoded
app.secret_key = "super secret key"
# ruleid: flask-secret-key-hardcoded
app.config["SECRET_KEY"] = "dev"
# ruleid: flask-secret-key-hardcoded
app.config.update(DEBUG=False, SECRET_KEY="s3cr3t-k3y-f0r-s3ss10ns")
# ok: flask-secret-key-hardcoded
app.secret_key = os.environ["SECRET_KEY"]
# ok: flask-secret-key-hardcoded
app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY")
# ok: flask-secret-key-hardcoded
app.config["SECRET_KEY"] = secrets_manager.get("flask-key")

# ruleid: flask-secret-key-hardcoded
SECRET_KEY = "another-literal-key"


def create_app():
    app = Flask(__name__)
    app.config.from_mapping(
        # ruleid: flask-secret-key-hardcoded
        SECRET_KEY="dev",
        DATABASE=os.path.join(app.instance_path, "app.sqlite"),
    )
    return app


def create_app_ok():
    app = Flask(__name__)
    # ok: flask-secret-key-hardcoded
    app.config.from_mapping(SECRET_KEY=os.environ["SECRET_KEY"])
    if app.debug:
        # ok: flask-secret-key-hardcoded
        app.config["SECRET_KEY"] = "local-dev-only"
    return app
