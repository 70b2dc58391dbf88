from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import JsonResponse
from django.views import View
from rest_framework import generics, viewsets, permissions
from rest_framework.decorators import api_view, permission_classes
from rest_framework.response import Response
from .models import Note
from .serializers import NoteSerializer


# ok: endpoint-missing-auth
class NoteViewSet(viewsets.ModelViewSet):
    serializer_class = NoteSerializer

    def get_queryset(self):
        return Note.objects.filter(owner=self.request.user)


# Declared public on purpose: the write is `drf-write-view-allow-any`'s finding, not a second one.
@api_view(["POST"])
@permission_classes([permissions.AllowAny])
# ok: endpoint-missing-auth
def share_note(request):
    note = Note.objects.get(pk=request.data["id"])
    note.shared = True
    note.save()
    return Response({"ok": True})


# ruleid: endpoint-missing-auth
def export_notes(request):
    return JsonResponse(list(Note.objects.values()), safe=False)


# ok: endpoint-missing-auth
class ArchiveView(LoginRequiredMixin, View):
    def post(self, request):
        Note.objects.filter(owner=request.user).update(archived=True)
        return JsonResponse({"ok": True})


# A public, read-only profile: `AllowAny` says so.
# ok: endpoint-missing-auth
class PublicNoteView(generics.RetrieveAPIView):
    queryset = Note.objects.filter(public=True)
    serializer_class = NoteSerializer
    permission_classes = [permissions.AllowAny]


# No permission_classes: the project default (IsAuthenticated) applies.
# ok: endpoint-missing-auth
class NoteDeleteView(generics.DestroyAPIView):
    queryset = Note.objects.all()
    serializer_class = NoteSerializer


# The public filter is optional: without `?public=1` every document comes back.
# ruleid: endpoint-missing-auth
def documents(request):
    qs = Note.objects.select_related("owner").all()
    if request.GET.get("public") == "1":
        qs = qs.filter(is_public=True)
    return JsonResponse({"documents": [{"id": d.id, "title": d.title, "owner": d.owner.email} for d in qs[:200]]})


# Only what owners published, on every path.
# ok: endpoint-missing-auth
def published_documents(request):
    qs = Note.objects.filter(is_public=True)
    if request.GET.get("q"):
        qs = qs.filter(title__icontains=request.GET["q"][:80])
    return JsonResponse({"documents": [{"id": d.id, "title": d.title} for d in qs[:200]]})
