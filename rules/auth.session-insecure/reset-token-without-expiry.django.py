# fixture-path: accounts/views.py
# A reset-token model looked up by its token, issued elsewhere (accounts/tokens.py): nothing
# here compares its age, and the row is never deleted.
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import PasswordResetToken


class PasswordResetConfirmView(APIView):
    def post(self, request):
        # ruleid: reset-token-without-expiry
        reset = PasswordResetToken.objects.filter(token=request.data["token"]).first()
        if reset is None:
            return Response({"detail": "Invalid token"}, status=400)
        user = reset.user
        user.set_password(request.data["new_password"])
        user.save()
        return Response({"detail": "Password updated"})
