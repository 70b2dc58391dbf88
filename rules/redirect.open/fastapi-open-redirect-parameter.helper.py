from urllib.parse import urlparse

from fastapi import APIRouter
from fastapi.responses import RedirectResponse

router = APIRouter(prefix="/auth")

ALLOWED_REDIRECT_HOSTS = {"app.teamhub.io", "localhost"}


def _is_safe_redirect(url: str) -> bool:
    parsed = urlparse(url)
    if parsed.scheme or parsed.netloc:
        return parsed.scheme == "https" and parsed.hostname in ALLOWED_REDIRECT_HOSTS
    return url.startswith("/") and not url.startswith("//") and "\\" not in url


def _safe_target(url: str) -> bool:
    return _is_safe_redirect(url)


def _safe_next(url: str) -> str:
    return url if _is_safe_redirect(url) else "/"


@router.get("/logout")
async def logout(redirect_to: str = "/"):
    target = redirect_to if _is_safe_redirect(redirect_to) else "/"
    # ok: fastapi-open-redirect-parameter
    return RedirectResponse(url=target, status_code=302)


@router.get("/logout2")
async def logout2(redirect_to: str = "/"):
    target = redirect_to if _safe_target(redirect_to) else "/"
    # ok: fastapi-open-redirect-parameter
    return RedirectResponse(url=target, status_code=302)


@router.get("/done")
async def done(next: str = "/"):
    if not _safe_target(next):
        next = "/"
    # ok: fastapi-open-redirect-parameter
    return RedirectResponse(url=next)


@router.get("/done2")
async def done2(next: str = "/"):
    # ok: fastapi-open-redirect-parameter
    return RedirectResponse(url=_safe_next(next))


@router.get("/invite")
async def invite(email: str, next: str = "/"):
    if not is_valid_email(email):
        return RedirectResponse(url="/invite/error")
    # ruleid: fastapi-open-redirect-parameter
    return RedirectResponse(url=next)
