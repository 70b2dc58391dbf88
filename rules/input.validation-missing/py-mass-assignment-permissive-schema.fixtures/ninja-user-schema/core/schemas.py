from django.contrib.auth import get_user_model
from ninja import ModelSchema, Schema

User = get_user_model()


class ProfileIn(ModelSchema):
    class Meta:
        model = User
        exclude = ["id", "password", "last_login", "date_joined", "groups", "user_permissions"]
        fields_optional = "__all__"


class StaffSafeIn(ModelSchema):
    class Meta:
        model = User
        exclude = ["id", "password", "is_staff", "is_superuser", "is_active", "groups", "user_permissions"]
        fields_optional = "__all__"


class NameIn(ModelSchema):
    class Meta:
        model = User
        fields = ["first_name", "last_name"]
        fields_optional = "__all__"
