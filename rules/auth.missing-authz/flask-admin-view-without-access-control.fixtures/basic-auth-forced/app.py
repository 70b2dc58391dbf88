import os

from flask import Flask
from flask_admin import Admin
from flask_admin.contrib.sqla import ModelView
from flask_basicauth import BasicAuth

from models import User, db

app = Flask(__name__)
app.config["BASIC_AUTH_USERNAME"] = os.environ["ADMIN_USER"]
app.config["BASIC_AUTH_PASSWORD"] = os.environ["ADMIN_PASSWORD"]
app.config["BASIC_AUTH_FORCE"] = True
BasicAuth(app)
admin = Admin(app)
# ok: flask-admin-view-without-access-control (every page needs basic auth)
admin.add_view(ModelView(User, db.session))
