from flask import Flask, Blueprint, request, jsonify
from flask_login import login_required, current_user

app = Flask(__name__)
admin = Blueprint("admin", __name__, url_prefix="/admin")


@admin.before_request
def only_staff():
    if not current_user.is_authenticated or not current_user.is_staff:
        return jsonify(error="forbidden"), 403


# ok: endpoint-missing-auth
@admin.route("/users/<int:uid>", methods=["DELETE"])
def delete_user(uid):
    User.query.filter_by(id=uid).delete()
    db.session.commit()
    return "", 204


# ok: endpoint-missing-auth
@app.route("/comments", methods=["POST"])
@login_required
def add_comment():
    db.session.add(Comment(text=request.form["text"], author_id=current_user.id))
    db.session.commit()
    return "ok"


# ruleid: endpoint-missing-auth
@app.route("/comments/<int:cid>", methods=["POST"])
def edit_comment(cid):
    Comment.query.filter_by(id=cid).update({"text": request.form["text"]})
    db.session.commit()
    return "ok"


app.register_blueprint(admin)
