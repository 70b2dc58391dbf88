from django.urls import path

from . import views

urlpatterns = [
    path("staff/", views.staff_dashboard),
    path("staff/refunds/", views.refunds),
]
