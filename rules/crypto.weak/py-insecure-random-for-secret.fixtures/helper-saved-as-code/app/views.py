import random

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import Coupon, PasswordResetCode

User = get_user_model()


def _make_code(length=6):
    # ruleid: py-insecure-random-for-secret
    return "".join(str(random.randint(0, 9)) for _ in range(length))


def _coupon_code(length=8):
    # ok: py-insecure-random-for-secret (stored as a coupon, not a reset code)
    return "".join(random.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(length))


class PasswordResetRequestView(APIView):
    permission_classes = [AllowAny]

    def post(self, request):
        user = User.objects.filter(email=request.data.get("email", "")).first()
        if user:
            code = _make_code()
            PasswordResetCode.objects.create(user=user, code=code)
            send_mail("Reset code", f"Code: {code}", None, [user.email])
        return Response({"detail": "sent"})


class CouponView(APIView):
    def post(self, request):
        code = _coupon_code()
        Coupon.objects.create(owner=request.user, code=code)
        return Response({"code": code})
