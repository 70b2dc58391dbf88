from flask import Flask

from db import init_db, init_reporting


def create_app():
    app = Flask(__name__)
    init_db(app)
    init_reporting(app)
    return app
