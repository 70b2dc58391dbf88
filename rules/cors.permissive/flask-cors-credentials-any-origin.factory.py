from flask import Flask

from .extensions import cors, db


def create_app():
    app = Flask(__name__)
    db.init_app(app)
    # ruleid: flask-cors-credentials-any-origin
    cors.init_app(app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)
    return app


def create_admin_app():
    app = Flask(__name__)
    # ok: flask-cors-credentials-any-origin
    cors.init_app(app, resources={r"/api/*": {"origins": ["https://admin.example.com"]}}, supports_credentials=True)
    return app
