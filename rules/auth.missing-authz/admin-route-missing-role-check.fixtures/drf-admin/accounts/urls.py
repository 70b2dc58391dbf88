from django.urls import path

from . import views

urlpatterns = [
    path("admin/users/", views.UserAdminListView.as_view()),
    path("admin/users/<int:user_id>/deactivate/", views.DeactivateUserView.as_view()),
    path("admin/users/<int:user_id>/promote/", views.PromoteUserView.as_view()),
]
