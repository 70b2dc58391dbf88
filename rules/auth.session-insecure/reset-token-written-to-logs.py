import logging
import os
from typing import Optional

from fastapi import Request
from fastapi_users import BaseUserManager
from flask import current_app, url_for

SECRET = os.environ["JWT_SECRET"]
logger = logging.getLogger("app.auth")
DEBUG = os.environ.get("DEBUG") == "1"


class UserManager(BaseUserManager):
    reset_password_token_secret = SECRET

    async def on_after_forgot_password(self, user, token: str, request: Optional[Request] = None):
        # TODO: send via email provider
        # ruleid: reset-token-written-to-logs
        logger.info(f"User {user.email} has forgot their password. Reset token: {token}")

    async def on_after_request_verify(self, user, token: str, request: Optional[Request] = None):
        # ruleid: reset-token-written-to-logs
        print(f"Verification requested for user {user.id}. Verification token: {token}")

    async def on_after_reset_password(self, user, request: Optional[Request] = None):
        # ok: reset-token-written-to-logs
        logger.info("User %s has reset their password", user.id)


def send_password_reset(user, token):
    reset_link = url_for("auth.reset", token=token, _external=True)
    # ruleid: reset-token-written-to-logs
    current_app.logger.info("reset link for %s: %s", user.email, reset_link)
    # ok: reset-token-written-to-logs
    current_app.logger.info("reset link sent to user_id=%s", user.id)
    # ok: reset-token-written-to-logs
    logger.debug("reset token length %d", len(token))
    if DEBUG:
        # ok: reset-token-written-to-logs
        print("dev reset link", reset_link)


def send_login_code(user, code):
    login_code = code
    # ruleid: reset-token-written-to-logs
    logger.warning("login code for %s is %s", user.email, login_code)
    # ok: reset-token-written-to-logs
    logger.warning("login code sent to %s", user.email)


def refresh_session(user, token):
    # ok: reset-token-written-to-logs
    logger.info("session refreshed with %s", token)


def request_sms_code(user, code):
    # ruleid: reset-token-written-to-logs
    current_app.logger.info("Sending login code %s to %s (user %s)", code, user.phone, user.id)
    # ok: reset-token-written-to-logs
    current_app.logger.info("Sending login code to user %s", user.id)
    # ok: reset-token-written-to-logs
    current_app.logger.warning("SMS gateway returned status code %s", code)


def login(form, user):
    access_token = create_access_token(user.id)
    # ruleid: reset-token-written-to-logs
    logger.info("User %s logged in (token=%s)", user.email, access_token)
    # ok: reset-token-written-to-logs
    logger.info("User %s logged in", user.email)
    return access_token
