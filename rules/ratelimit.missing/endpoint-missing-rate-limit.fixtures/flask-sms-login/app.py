import secrets

from flask import Blueprint, Flask, jsonify, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import login_required

from models import Message, User, db

app = Flask(__name__)
limiter = Limiter(get_remote_address, app=app)
bp = Blueprint("api", __name__)


@bp.route("/auth/sms/request", methods=["POST"])
@limiter.limit("5 per hour")
def request_sms_code():
    user = User.query.filter_by(phone=request.json["phone"]).first()
    user.sms_code = f"{secrets.randbelow(10**6):06d}"
    db.session.commit()
    return jsonify(status="sent")


# ruleid: endpoint-missing-rate-limit (six digits, unlimited guesses)
@bp.route("/auth/sms/verify", methods=["POST"])
def verify_sms_code():
    user = User.query.filter_by(phone=request.json["phone"]).first()
    if not user or request.json["code"] != user.sms_code:
        return jsonify(error="invalid_code"), 401
    return jsonify(ok=True)


# ok: endpoint-missing-rate-limit (a signed-in user's own outbox, not a sign-in step)
@bp.route("/messages/sms/verify", methods=["POST"])
@login_required
def verify_outbox():
    m = Message.query.get(request.json["id"])
    m.verified = True
    db.session.commit()
    return jsonify(ok=True)


# ok: endpoint-missing-rate-limit (the link carries a 32-byte token: nothing to guess)
@bp.route("/auth/reset-password/<token>", methods=["POST"])
def reset_password(token):
    user = User.query.filter_by(reset_token=token).first_or_404()
    user.set_password(request.form["password"])
    db.session.commit()
    return jsonify(ok=True)


# ok: endpoint-missing-rate-limit (setting one's own PIN behind a login)
@bp.route("/auth/pin", methods=["PUT"])
@login_required
def set_pin():
    User.query.get(1).pin = request.json["pin"]
    db.session.commit()
    return jsonify(ok=True)


app.register_blueprint(bp, url_prefix="/api/v1")
