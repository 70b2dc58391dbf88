from flask import Flask

app = Flask(__name__)
# ruleid: py-session-cookie-flag-disabled
app.config["SESSION_COOKIE_SECURE"] = False
# ruleid: py-session-cookie-flag-disabled
app.config.update(SESSION_COOKIE_HTTPONLY=False, SESSION_COOKIE_SAMESITE="Lax")
# ruleid: py-session-cookie-flag-disabled
app.config["JWT_COOKIE_SECURE"] = False
# ok: py-session-cookie-flag-disabled
app.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_HTTPONLY=True)


class DevConfig:
    # ok: py-session-cookie-flag-disabled
    SESSION_COOKIE_SECURE = False
