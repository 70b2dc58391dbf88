# fixture-path: app/routes/reset.py
# The token is issued in another module (which may store an expiry): not reported here.
from flask import Blueprint, abort, jsonify, request

from ..models import User

bp = Blueprint("reset", __name__)


@bp.post("/reset")
def reset():
    # ok: reset-token-without-expiry
    user = User.query.filter_by(reset_token=request.json["token"]).first()
    if not user:
        abort(400)
    return jsonify(ok=True)
