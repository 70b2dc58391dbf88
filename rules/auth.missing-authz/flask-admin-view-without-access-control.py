import os

from flask import Flask
from flask_admin import Admin
from flask_admin.contrib.sqla import ModelView
from flask_admin.contrib.fileadmin import FileAdmin
from flask_login import LoginManager, UserMixin, current_user
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class User(UserMixin, db.Model):
    id = db.Column(db.Integer, primary_key=True)
    email = db.Column(db.String(255))
    is_admin = db.Column(db.Boolean, default=False)


class Order(db.Model):
    id = db.Column(db.Integer, primary_key=True)


# ruleid: flask-admin-view-without-access-control
class UserAdmin(ModelView):
    column_exclude_list = ["password_hash"]
    can_export = True


# ok: flask-admin-view-without-access-control (checks the user)
class SecureView(ModelView):
    def is_accessible(self):
        return current_user.is_authenticated and current_user.is_admin


# ok: flask-admin-view-without-access-control (inherits the check)
class OrderAdmin(SecureView):
    can_delete = False


# ok: flask-admin-view-without-access-control (never registered)
class DraftAdmin(ModelView):
    can_create = False


app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
db.init_app(app)
LoginManager(app)
admin = Admin(app, name="Shop Admin")
admin.add_view(UserAdmin(User, db.session))
admin.add_view(OrderAdmin(Order, db.session))
# ruleid: flask-admin-view-without-access-control
admin.add_view(ModelView(Order, db.session, endpoint="orders_raw"))
# ok: flask-admin-view-without-access-control (the secured base)
admin.add_view(SecureView(User, db.session, endpoint="users2"))
# ruleid: flask-admin-view-without-access-control
admin.add_view(FileAdmin("/srv/uploads", name="Files"))
