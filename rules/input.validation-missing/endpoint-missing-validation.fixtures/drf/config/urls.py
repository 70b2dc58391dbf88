from django.urls import path
from blog import views

urlpatterns = [
    path("api/posts/", views.create_post),
    path("api/posts/validated/", views.create_post_validated),
]
