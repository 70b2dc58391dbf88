UPLOAD_LIMIT_MB = 8


def configure_limits(app):
    app.config["MAX_CONTENT_LENGTH"] = UPLOAD_LIMIT_MB * 1024 * 1024
