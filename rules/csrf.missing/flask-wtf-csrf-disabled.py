from flask import Flask
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
# ruleid: flask-wtf-csrf-disabled
app.config["WTF_CSRF_ENABLED"] = False
# ok: flask-wtf-csrf-disabled
app.config["WTF_CSRF_ENABLED"] = True
csrf = CSRFProtect(app)


@app.route("/transfer", methods=["POST"])
# ruleid: flask-wtf-csrf-disabled
@csrf.exempt
def transfer():
    return "ok"


@app.route("/stripe/webhook", methods=["POST"])
# ok: flask-wtf-csrf-disabled
@csrf.exempt
def stripe_webhook():
    return "ok"


class TestingConfig:
    # ok: flask-wtf-csrf-disabled
    WTF_CSRF_ENABLED = False


def register(app, api_bp, admin_bp):
    # The mobile API authenticates with Authorization: Bearer headers only
    # ok: flask-wtf-csrf-disabled
    csrf.exempt(api_bp)
    # ruleid: flask-wtf-csrf-disabled
    csrf.exempt(admin_bp)
    app.register_blueprint(admin_bp)
