from django.urls import path

from . import views

urlpatterns = [
    path("documents/<int:pk>/", views.document_detail, name="document_detail"),
    path("documents/<int:pk>/comment/", views.document_comment, name="document_comment"),
    path("mine/<int:pk>/", views.my_document, name="my_document"),
    path("shared/<int:pk>/", views.shared_document, name="shared_document"),
    path("relation/<int:pk>/", views.related_document, name="related_document"),
]
