# fixture-path: accounts/views.py
from datetime import timedelta

from django.utils import timezone
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import PasswordResetToken


class PasswordResetConfirmView(APIView):
    def post(self, request):
        # ok: reset-token-without-expiry (the token's age is compared with the clock)
        reset = PasswordResetToken.objects.filter(token=request.data["token"]).first()
        if reset is None or reset.created_at < timezone.now() - timedelta(hours=1):
            return Response({"detail": "Invalid or expired token"}, status=400)
        reset.user.set_password(request.data["new_password"])
        reset.user.save()
        reset.delete()
        return Response({"detail": "Password updated"})
