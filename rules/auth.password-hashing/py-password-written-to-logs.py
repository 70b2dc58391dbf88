import logging

from fastapi import FastAPI, Form
from flask import request, current_app
from pydantic import BaseModel

app = FastAPI()
logger = logging.getLogger("auth")


class LoginIn(BaseModel):
    email: str
    password: str


@app.post("/login")
async def login(body: LoginIn):
    # ruleid: py-password-written-to-logs
    logger.info("login attempt email=%s password=%s", body.email, body.password)
    # ruleid: py-password-written-to-logs
    print(f"login {body.email} {body.password}")
    # ok: py-password-written-to-logs (the word in the message, the email as value)
    logger.info("password login attempt for %s", body.email)
    # ok: py-password-written-to-logs (a length, not the password)
    logger.debug("password length %d", len(body.password))
    return {"ok": True}


@app.post("/register")
async def register(email: str = Form(...), password: str = Form(...)):
    # ruleid: py-password-written-to-logs
    logging.warning("register %s with " + password, email)
    # ruleid: py-password-written-to-logs
    logger.debug("register %s %s" % (email, password))
    # ruleid: py-password-written-to-logs
    print("new user", email, password)
    # ok: py-password-written-to-logs (a boolean about it)
    print("new user", email, bool(password))
    # ok: py-password-written-to-logs (redacted)
    logger.info("register %s password=%s", email, "***")
    return {"ok": True}


def flask_login():
    data = request.get_json()
    # ruleid: py-password-written-to-logs
    current_app.logger.info(f"login {data['email']} pw={data['password']}")
    # ruleid: py-password-written-to-logs
    current_app.logger.info("login %s %s", request.form.get("email"), request.form.get("password"))
    # ok: py-password-written-to-logs (the stored hash field of a user, a different rule's business)
    current_app.logger.info("user %s", user.password)
    # ok: py-password-written-to-logs (the database password of the config is not a user's)
    print("db", config.password)
    if current_app.debug:
        # ok: py-password-written-to-logs (debug only)
        print("login body", data["password"])
    return {"ok": True}


@app.post("/auth/signin")
async def signin(credentials: LoginIn):
    # ruleid: py-password-written-to-logs
    logger.info("signin payload %s", credentials.model_dump())
    # ruleid: py-password-written-to-logs
    logger.info("signin", extra={"password": credentials.password})
    user = await find_user(credentials.email)
    if not verify_password(credentials.password, user.hashed_password):
        # ok: py-password-written-to-logs (only the account)
        logger.warning("bad password for %s", credentials.email)
    return {"ok": True}


@app.post("/projects")
async def create_project(body: dict):
    # ok: py-password-written-to-logs (a body in a function that never touches a password)
    logger.info("create project %s", body)
    return {"ok": True}


def wtf_login(form):
    if form.validate_on_submit():
        # ruleid: py-password-written-to-logs
        print("login", form.email.data, form.password.data)
    return None
