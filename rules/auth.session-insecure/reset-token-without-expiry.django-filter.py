# fixture-path: accounts/views.py
from django.utils import timezone
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import PasswordResetToken


class PasswordResetConfirmView(APIView):
    def post(self, request):
        # ok: reset-token-without-expiry (expired rows are filtered out in the query)
        reset = PasswordResetToken.objects.select_related("user").filter(
            token=request.data["token"], expires_at__gt=timezone.now(), used=False
        ).first()
        if reset is None:
            return Response({"detail": "Invalid or expired token"}, status=400)
        reset.user.set_password(request.data["new_password"])
        reset.user.save()
        reset.delete()
        return Response({"detail": "Password updated"})
