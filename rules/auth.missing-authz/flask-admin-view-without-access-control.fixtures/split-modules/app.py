from flask import Flask, abort, request
from flask_admin import Admin
from flask_login import current_user

from admin_views import ProjectAdmin
from models import Project, db

app = Flask(__name__)
admin = Admin(app)
admin.add_views(
    ProjectAdmin(Project, db.session),
)
