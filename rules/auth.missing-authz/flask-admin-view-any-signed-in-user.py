from flask_admin import Admin
from flask_admin.contrib.sqla import ModelView
from flask_login import current_user


class ProductAdmin(ModelView):
    # ruleid: flask-admin-view-any-signed-in-user
    def is_accessible(self):
        return current_user.is_authenticated


class OrderAdmin(ModelView):
    # ruleid: flask-admin-view-any-signed-in-user
    def is_accessible(self) -> bool:
        """Only logged-in users."""
        return current_user.is_authenticated()


class UserAdmin(ModelView):
    # ok: flask-admin-view-any-signed-in-user (checks the role)
    def is_accessible(self):
        return current_user.is_authenticated and current_user.is_admin


class AuditAdmin(ModelView):
    # ok: flask-admin-view-any-signed-in-user (checks the role after the session)
    def is_accessible(self):
        if not current_user.is_authenticated:
            return False
        return current_user.has_role("admin")
