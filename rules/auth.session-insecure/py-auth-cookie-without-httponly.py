from fastapi import FastAPI, Response
from flask import make_response

app = FastAPI()
SESSION_COOKIE = "session_id"


@app.post("/login")
def login(response: Response):
    token = create_token()
    # ruleid: py-auth-cookie-without-httponly
    response.set_cookie(key="access_token", value=token)
    # ruleid: py-auth-cookie-without-httponly
    response.set_cookie("token", token, secure=True, samesite="lax")
    # ruleid: py-auth-cookie-without-httponly
    response.set_cookie(SESSION_COOKIE, make_session(), httponly=False)
    # ruleid: py-auth-cookie-without-httponly
    response.set_cookie("auth", access_token)
    # ok: py-auth-cookie-without-httponly
    response.set_cookie(key="access_token", value=token, httponly=True, secure=True, samesite="lax")
    # ok: py-auth-cookie-without-httponly
    response.set_cookie("theme", "dark")
    # ok: py-auth-cookie-without-httponly
    response.set_cookie("token", token, **COOKIE_OPTS)
    # ok: py-auth-cookie-without-httponly
    response.set_cookie("session", token, httponly=settings.cookie_httponly, secure=True)
    return {"ok": True}


def flask_login():
    resp = make_response("ok")
    # ruleid: py-auth-cookie-without-httponly
    resp.set_cookie("jwt", create_token(), max_age=3600)
    # ok: py-auth-cookie-without-httponly
    resp.set_cookie("jwt", create_token(), max_age=3600, httponly=True, secure=True, samesite="Strict")
    # ok: py-auth-cookie-without-httponly
    resp.set_cookie("lang", request.args.get("lang", "en"))
    return resp
