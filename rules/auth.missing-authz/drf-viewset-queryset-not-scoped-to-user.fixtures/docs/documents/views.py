from rest_framework import permissions, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from .models import Category, Document
from .permissions import IsOwner, IsOwnerOrReadOnly
from .serializers import CategorySerializer, DocumentSerializer


class DocumentViewSet(viewsets.ModelViewSet):
    serializer_class = DocumentSerializer
    permission_classes = [permissions.IsAuthenticated]

    # ruleid: drf-viewset-queryset-not-scoped-to-user
    def get_queryset(self):
        qs = Document.objects.order_by("-id")
        project_id = self.request.query_params.get("project")
        if project_id:
            qs = qs.filter(project_id=project_id)
        return qs

    @action(detail=True, methods=["get"])
    def download(self, request, pk=None):
        doc = self.get_object()
        return Response({"key": doc.s3_key})


class ArchiveViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = DocumentSerializer
    permission_classes = [permissions.IsAuthenticated]
    # ruleid: drf-viewset-queryset-not-scoped-to-user
    queryset = Document.objects.all()


class MyDocumentViewSet(viewsets.ModelViewSet):
    serializer_class = DocumentSerializer
    permission_classes = [permissions.IsAuthenticated]

    # ok: drf-viewset-queryset-not-scoped-to-user
    def get_queryset(self):
        return Document.objects.filter(owner=self.request.user).order_by("-id")


class OwnedDocumentViewSet(viewsets.ModelViewSet):
    serializer_class = DocumentSerializer
    permission_classes = [permissions.IsAuthenticated, IsOwner]
    # ok: drf-viewset-queryset-not-scoped-to-user
    queryset = Document.objects.all()


class ScopedLaterViewSet(viewsets.ModelViewSet):
    serializer_class = DocumentSerializer
    permission_classes = [permissions.IsAuthenticated]
    # ok: drf-viewset-queryset-not-scoped-to-user
    queryset = Document.objects.none()

    # ok: drf-viewset-queryset-not-scoped-to-user
    def get_queryset(self):
        return Document.objects.filter(owner=self.request.user)


class AdminDocumentViewSet(viewsets.ModelViewSet):
    serializer_class = DocumentSerializer
    permission_classes = [permissions.IsAdminUser]
    # ok: drf-viewset-queryset-not-scoped-to-user
    queryset = Document.objects.all()


class ReadableDocumentViewSet(viewsets.ModelViewSet):
    serializer_class = DocumentSerializer
    permission_classes = [permissions.IsAuthenticated, IsOwnerOrReadOnly]

    # ruleid: drf-viewset-queryset-not-scoped-to-user
    def get_queryset(self):
        return Document.objects.select_related("project").order_by("-id")


class CategoryViewSet(viewsets.ModelViewSet):
    serializer_class = CategorySerializer
    permission_classes = [permissions.IsAuthenticated]
    # ok: drf-viewset-queryset-not-scoped-to-user
    queryset = Category.objects.all()


class StaffUserViewSet(viewsets.ModelViewSet):
    serializer_class = DocumentSerializer
    permission_classes = [permissions.IsAuthenticated]
    # ok: drf-viewset-queryset-not-scoped-to-user
    queryset = User.objects.all()
