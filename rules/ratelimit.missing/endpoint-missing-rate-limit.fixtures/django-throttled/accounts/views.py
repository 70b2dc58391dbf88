from django.contrib.auth import authenticate
from rest_framework.views import APIView
from rest_framework.response import Response


class LoginView(APIView):
    # ok: endpoint-missing-rate-limit
    def post(self, request):
        user = authenticate(username=request.data.get("username"), password=request.data.get("password"))
        return Response({"ok": bool(user)})


class PasswordResetRequest(APIView):
    throttle_classes = []

    # ruleid: endpoint-missing-rate-limit
    def post(self, request):
        send_reset(request.data.get("email"))
        return Response({"sent": True})
