from django.urls import path

from . import views

urlpatterns = [path("", views.home), path("debug/", views.debug_page)]

handler500 = "proj.views.server_error"
