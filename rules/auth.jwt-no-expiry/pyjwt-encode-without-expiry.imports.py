import datetime, jwt, os

SIGNING = os.environ["APP_SIGNING_KEY"]


def issue(member_id):
    # ruleid: pyjwt-encode-without-expiry
    return jwt.encode({"member": member_id}, SIGNING, algorithm="HS256")


def issue_short(member_id):
    expires = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(minutes=20)
    # ok: pyjwt-encode-without-expiry
    return jwt.encode({"member": member_id, "exp": expires}, SIGNING, algorithm="HS256")
