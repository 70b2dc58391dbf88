from functools import wraps

from flask import Flask, abort, jsonify
from flask_login import LoginManager, current_user, login_required
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
db = SQLAlchemy(app)
login_manager = LoginManager(app)


class User(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    is_admin = db.Column(db.Boolean, default=False)


def admin_required(view):
    @wraps(view)
    def wrapped(*args, **kwargs):
        if not current_user.is_admin:
            abort(403)
        return view(*args, **kwargs)
    return wrapped


# ruleid: admin-route-missing-role-check
@app.route("/admin/users/<int:user_id>/promote", methods=["POST"])
@login_required
def promote(user_id):
    user = User.query.get_or_404(user_id)
    user.is_admin = True
    db.session.commit()
    return jsonify({"ok": True})


# ok: admin-route-missing-role-check
@app.route("/admin/users/<int:user_id>/demote", methods=["POST"])
@login_required
@admin_required
def demote(user_id):
    user = User.query.get_or_404(user_id)
    user.is_admin = False
    db.session.commit()
    return jsonify({"ok": True})


# ok: admin-route-missing-role-check
@app.route("/admin/stats")
@login_required
def stats():
    if not current_user.is_admin:
        abort(403)
    return jsonify({"users": User.query.count()})
