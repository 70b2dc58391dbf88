from flask import Flask, jsonify, request
from flask_login import current_user, login_required

from models import ResetCode, ResetRequest, SupportNote, User, db

app = Flask(__name__)


# ok: endpoint-missing-auth (a step of the password-reset flow: the caller cannot sign in yet)
@app.route("/password-reset/sms/", methods=["POST"])
def sms_reset_request():
    user = User.query.filter_by(username=request.form["username"]).first()
    if user:
        db.session.add(ResetRequest(user_id=user.id, channel="sms"))
        db.session.commit()
    return jsonify(ok=True)


# ruleid: endpoint-missing-auth
@app.route("/users/<int:user_id>/password-reset/notes/", methods=["POST"])
def add_reset_note(user_id):
    db.session.add(SupportNote(user_id=user_id, body=request.form["body"]))
    db.session.commit()
    return jsonify(ok=True)


@app.route("/me/codes")
@login_required
def my_codes():
    return jsonify([c.id for c in ResetCode.query.filter_by(user_id=current_user.id)])
