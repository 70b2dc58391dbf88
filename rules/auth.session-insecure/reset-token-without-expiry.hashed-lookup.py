# fixture-path: app/auth/reset.py
# Only looks the token up by its hash; issued elsewhere.
import hashlib

from flask import Blueprint, abort, request

from .models import User

bp = Blueprint("reset", __name__)


@bp.post("/reset")
def reset():
    # ok: reset-token-without-expiry
    user = User.query.filter_by(reset_token_hash=hashlib.sha256(request.json["token"].encode()).hexdigest()).first()
    if not user:
        abort(400)
    return {"ok": True}
