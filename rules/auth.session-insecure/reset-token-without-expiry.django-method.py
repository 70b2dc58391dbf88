# fixture-path: accounts/views.py
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import PasswordResetToken, ApiToken
from .serializers import ResetConfirmSerializer


class PasswordResetConfirmView(APIView):
    def post(self, request):
        serializer = ResetConfirmSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        try:
            # ok: reset-token-without-expiry (the model's is_expired() checks created_at)
            reset = PasswordResetToken.objects.get(token=serializer.validated_data["token"])
        except PasswordResetToken.DoesNotExist:
            return Response({"detail": "Invalid token"}, status=400)
        if reset.is_expired():
            reset.delete()
            return Response({"detail": "Expired token"}, status=400)
        reset.user.set_password(serializer.validated_data["new_password"])
        reset.user.save()
        reset.delete()
        return Response({"detail": "Password updated"})
