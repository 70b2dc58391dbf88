from flask_admin.contrib.sqla import ModelView


# ruleid: flask-admin-view-without-access-control
class ProjectAdmin(ModelView):
    column_list = ["name", "owner"]
