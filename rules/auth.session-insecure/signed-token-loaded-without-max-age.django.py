import json

from django.core import signing
from django.http import HttpResponseBadRequest, JsonResponse


def verify_email(request, token):
    try:
        # ruleid: signed-token-loaded-without-max-age
        user_id = signing.loads(token, salt="email-verification")
    except signing.BadSignature:
        return HttpResponseBadRequest("bad link")
    # ok: signed-token-loaded-without-max-age (with an age limit)
    user_id = signing.loads(token, salt="password-reset", max_age=1800)
    # ok: signed-token-loaded-without-max-age (a long-lived preference cookie, not a one-time link)
    prefs = signing.loads(request.COOKIES["prefs"], salt="ui-prefs")
    return JsonResponse({"id": user_id, "prefs": prefs, "raw": json.loads(request.body)})
