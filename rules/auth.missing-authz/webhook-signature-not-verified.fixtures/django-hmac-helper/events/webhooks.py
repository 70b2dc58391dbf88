import hashlib
import hmac
import json
import time

from django.conf import settings
from django.http import HttpResponse, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST


def _mailgun_signature_ok(timestamp, token, signature):
    if not (timestamp and token and signature):
        return False
    if abs(time.time() - int(timestamp)) > 300:
        return False
    digest = hmac.new(
        key=settings.MAILGUN_SIGNING_KEY.encode(),
        msg=f"{timestamp}{token}".encode(),
        digestmod=hashlib.sha256,
    ).hexdigest()
    return hmac.compare_digest(digest, signature)


# ok: webhook-signature-not-verified (_mailgun_signature_ok checks the HMAC and the timestamp)
@csrf_exempt
@require_POST
def mailgun_webhook(request):
    payload = json.loads(request.body or b"{}")
    sig = payload.get("signature", {})
    if not _mailgun_signature_ok(sig.get("timestamp"), sig.get("token"), sig.get("signature")):
        return HttpResponseForbidden("bad signature")
    return HttpResponse(status=200)
