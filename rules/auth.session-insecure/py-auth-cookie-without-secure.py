def login(request, response, token):
    # ruleid: py-auth-cookie-without-secure
    response.set_cookie(key="access_token", value=token, httponly=True)
    # ruleid: py-auth-cookie-without-secure
    response.set_cookie("session", token, httponly=True, secure=False)
    # ok: py-auth-cookie-without-secure
    response.set_cookie("session", token, httponly=True, secure=True)
    # ok: py-auth-cookie-without-secure
    response.set_cookie("session", token, httponly=True, secure=not settings.DEBUG)
    # ok: py-auth-cookie-without-secure
    response.set_cookie("session", token)
    # ok: py-auth-cookie-without-secure
    response.set_cookie("theme", "dark", httponly=True)
    return response
