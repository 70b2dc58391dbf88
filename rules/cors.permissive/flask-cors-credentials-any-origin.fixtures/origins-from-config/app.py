from flask import Flask, current_app
from flask_cors import CORS

from config import Config

# ok: flask-cors-credentials-any-origin
cors = CORS()


def create_app():
    app = Flask(__name__)
    app.config.from_object(Config)
    # ruleid: flask-cors-credentials-any-origin
    cors.init_app(app, resources={r"/*": {"origins": app.config["CORS_ORIGINS"]}}, supports_credentials=True)
    return app


def create_other_app():
    app = Flask(__name__)
    # ruleid: flask-cors-credentials-any-origin
    CORS(app, origins=current_app.config["CORS_ORIGINS"], supports_credentials=True)
    # ok: flask-cors-credentials-any-origin
    CORS(app, origins=current_app.config["API_ORIGINS"], supports_credentials=True)
    # ok: flask-cors-credentials-any-origin
    CORS(app, origins=ALLOWED_ORIGINS, supports_credentials=True)
    # ok: flask-cors-credentials-any-origin
    CORS(app, origins=os.environ.get("CORS_ORIGINS", "").split(","), supports_credentials=True)
    return app
