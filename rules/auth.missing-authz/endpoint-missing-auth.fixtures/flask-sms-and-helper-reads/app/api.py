from flask import Blueprint, jsonify, request
from flask_jwt_extended import jwt_required

from .models import User, db

bp = Blueprint("api", __name__)


# ok: endpoint-missing-auth (first step of SMS sign-in: the caller has no session yet)
@bp.route("/auth/sms/request", methods=["POST"])
def request_sms_code():
    user = User.query.filter_by(phone=request.json["phone"]).first()
    if user:
        user.sms_code = "123456"
        db.session.commit()
    return jsonify(status="sent")


# ruleid: endpoint-missing-auth
@bp.route("/messages/sms/request", methods=["POST"])
def request_sms_message():
    user = User.query.filter_by(phone=request.json["phone"]).first()
    user.outbox = request.json["text"]
    db.session.commit()
    return jsonify(status="queued")


@bp.route("/me")
@jwt_required()
def me():
    return jsonify(ok=True)
