from rest_framework import serializers
from rest_framework.decorators import api_view
from rest_framework.response import Response

from .services import fetch_image, fetch_link_preview, ping


class LinkPreviewSerializer(serializers.Serializer):
    url = serializers.URLField()


@api_view(["POST"])
def preview(request):
    ser = LinkPreviewSerializer(data=request.data)
    ser.is_valid(raise_exception=True)
    return Response(fetch_link_preview(ser.validated_data["url"]))


@api_view(["POST"])
def image(request):
    return Response({"size": len(fetch_image(request.data["url"]))})


@api_view(["GET"])
def health(request):
    return Response({"upstream": ping("https://status.example.com/")})
