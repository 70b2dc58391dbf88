from django.urls import path

from proj import errors, views

urlpatterns = [path("", views.home)]

handler500 = errors.crash_page
handler404 = errors.not_found
