from flask import Flask, abort, request
from flask_admin import Admin
from flask_admin.contrib.sqla import ModelView
from flask_login import current_user

from models import User, db

app = Flask(__name__)


@app.before_request
def guard_admin():
    if request.path.startswith("/admin") and not (current_user.is_authenticated and current_user.is_admin):
        abort(403)


admin = Admin(app)
# ok: flask-admin-view-without-access-control (the before_request hook guards /admin)
admin.add_view(ModelView(User, db.session))
