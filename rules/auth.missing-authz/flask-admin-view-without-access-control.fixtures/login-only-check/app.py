import os

from flask import Flask
from flask_admin import Admin
from flask_admin.contrib.sqla import ModelView
from flask_login import LoginManager, UserMixin, current_user
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class User(UserMixin, db.Model):
    id = db.Column(db.Integer, primary_key=True)
    email = db.Column(db.String(255))
    is_admin = db.Column(db.Boolean, default=False)


# ruleid: flask-admin-view-without-access-control
class UserAdmin(ModelView):
    column_exclude_list = ["password_hash"]
    can_export = True


# ok: flask-admin-view-without-access-control (has is_accessible: flask-admin-view-any-signed-in-user)
class ProductAdmin(ModelView):
    # ruleid: flask-admin-view-any-signed-in-user
    def is_accessible(self):
        return current_user.is_authenticated


app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
db.init_app(app)
LoginManager(app)
admin = Admin(app, name="Shop Admin")
admin.add_view(UserAdmin(User, db.session))
admin.add_view(ProductAdmin(User, db.session, endpoint="products"))
