import random

from django.contrib.auth.models import User
from django.core.mail import send_mail
from django.http import JsonResponse
from django.views.decorators.http import require_POST


def _make_code():
    # ruleid: py-insecure-random-for-secret
    return "".join(str(random.randint(0, 9)) for _ in range(6))


@require_POST
def reset_request(request):
    user = User.objects.filter(email=request.POST.get("email", "")).first()
    if user:
        user.profile.reset_code = _make_code()
        user.profile.save()
        send_mail("Reset code", user.profile.reset_code, None, [user.email])
    return JsonResponse({"ok": True})
