# fixture-path: app/__init__.py
import threading

from flask import Flask


def create_app():
    app = Flask(__name__)
    # ok: background-job-in-web-process (one warm-up call, no loop)
    threading.Thread(target=warm_cache, args=(app,), daemon=True).start()
    return app


def warm_cache(app):
    with app.app_context():
        load_catalogue()
