from flask import Flask


def create_app():
    app = Flask(__name__)
    from .reports.routes import bp as reports_bp
    from .api import bp as api_bp

    app.register_blueprint(reports_bp, url_prefix="/reports")
    app.register_blueprint(api_bp, url_prefix="/api/v1")
    return app
