from django.contrib.auth.models import User
from django.core.mail import send_mail
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .codes import _make_code, _make_sku, _pick_color


@require_POST
def reset_request(request):
    user = User.objects.filter(email=request.POST.get("email", "")).first()
    if user:
        user.profile.reset_code = _make_code()
        user.profile.save()
        send_mail("Reset code", user.profile.reset_code, None, [user.email])
    return JsonResponse({"ok": True})


@require_POST
def new_product(request):
    sku = _make_sku()
    color = _pick_color()
    return JsonResponse({"sku": sku, "color": color, "token_count": len(sku)})
