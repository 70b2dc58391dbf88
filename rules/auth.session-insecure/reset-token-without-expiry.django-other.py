# fixture-path: accounts/views.py
# Look-alikes that are not password-reset tokens.
from django.shortcuts import get_object_or_404
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import ApiToken, Invitation, PasswordResetToken


class InviteAcceptView(APIView):
    def post(self, request):
        # ok: reset-token-without-expiry
        invite = get_object_or_404(Invitation, token=request.data["token"])
        # ok: reset-token-without-expiry
        key = ApiToken.objects.filter(key=request.headers["X-Api-Key"]).first()
        # ok: reset-token-without-expiry (looked up by user, not by the token)
        PasswordResetToken.objects.filter(user=request.user).delete()
        return Response({"ok": bool(invite and key)})
