from django.urls import path

from . import views

urlpatterns = [
    path("books/<int:pk>/delete/", views.BookDeleteView.as_view()),
    path("books/new/", views.BookCreateView.as_view()),
    path("books/<int:pk>/rate/", views.rate_book),
]
