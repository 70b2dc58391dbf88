from django.urls import path, include
from rest_framework.routers import DefaultRouter
from . import views

router = DefaultRouter()
router.register(r"notes", views.NoteViewSet, basename="note")

urlpatterns = [
    path("", include(router.urls)),
    path("share/", views.share_note),
    path("export/", views.export_notes),
    path("archive/", views.ArchiveView.as_view()),
    path("public/<int:pk>/", views.PublicNoteView.as_view()),
    path("delete/<int:pk>/", views.NoteDeleteView.as_view()),
    path("api/documents/", views.documents),
    path("api/published/", views.published_documents),
]
