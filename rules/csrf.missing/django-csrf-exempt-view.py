from django.http import JsonResponse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt


# ruleid: django-csrf-exempt-view
@csrf_exempt
def update_profile(request):
    request.user.email = request.POST["email"]
    request.user.save()
    return JsonResponse({"ok": True})


# ruleid: django-csrf-exempt-view
@method_decorator(csrf_exempt, name="dispatch")
class DeleteAccount(View):
    def post(self, request):
        request.user.delete()
        return JsonResponse({"ok": True})


# ok: django-csrf-exempt-view
@csrf_exempt
def stripe_webhook(request):
    payload = request.body
    return JsonResponse({"received": bool(payload)})


def normal_view(request):
    # ok: django-csrf-exempt-view
    return JsonResponse({"ok": True})
