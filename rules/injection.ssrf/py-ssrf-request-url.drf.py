from urllib.parse import urlparse

import requests
from rest_framework import permissions, serializers, status, viewsets
from rest_framework.decorators import action, api_view, permission_classes
from rest_framework.response import Response

ALLOWED_HOSTS = {"raw.githubusercontent.com"}


class ImportSerializer(serializers.Serializer):
    source_url = serializers.CharField(max_length=2048)
    title = serializers.CharField(max_length=200)


class DocumentViewSet(viewsets.ViewSet):
    permission_classes = [permissions.IsAuthenticated]

    @action(detail=False, methods=["post"], url_path="import-url")
    def import_url(self, request):
        ser = ImportSerializer(data=request.data)
        ser.is_valid(raise_exception=True)
        src = ser.validated_data["source_url"]
        # ruleid: py-ssrf-request-url
        resp = requests.get(src, timeout=10)
        return Response({"length": len(resp.text)}, status=status.HTTP_201_CREATED)


@api_view(["POST"])
@permission_classes([permissions.IsAuthenticated])
def import_url(request):
    ser = ImportSerializer(data=request.data)
    ser.is_valid(raise_exception=True)
    # ruleid: py-ssrf-request-url
    resp = requests.get(ser.validated_data["source_url"], timeout=10)
    return Response({"length": len(resp.text)})


@api_view(["POST"])
def import_checked(request):
    ser = ImportSerializer(data=request.data)
    ser.is_valid(raise_exception=True)
    url = ser.validated_data["source_url"]
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        return Response({"detail": "host not allowed"}, status=400)
    # ok: py-ssrf-request-url (host compared to a fixed set first)
    resp = requests.get(url, timeout=10, allow_redirects=False)
    return Response({"length": len(resp.text)})


@api_view(["POST"])
def search_docs(request):
    ser = ImportSerializer(data=request.data)
    ser.is_valid(raise_exception=True)
    # ok: py-ssrf-request-url (fixed host, the value only fills the query)
    resp = requests.get("https://api.example.com/search", params={"q": ser.validated_data["title"]}, timeout=10)
    return Response(resp.json())
