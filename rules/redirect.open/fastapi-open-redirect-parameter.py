from fastapi import APIRouter
from fastapi.responses import RedirectResponse

router = APIRouter()


@router.get("/auth/done")
def done(next: str = "/"):
    # ruleid: fastapi-open-redirect-parameter
    return RedirectResponse(url=next)


@router.get("/auth/done2")
def done2(redirect_url: str):
    # ruleid: fastapi-open-redirect-parameter
    return RedirectResponse(redirect_url, status_code=303)


@router.get("/auth/safe")
def safe(next: str = "/"):
    if not next.startswith("/") or next.startswith("//"):
        next = "/"
    # ok: fastapi-open-redirect-parameter
    return RedirectResponse(url=next)


@router.get("/home")
def home():
    target = "/dashboard"
    # ok: fastapi-open-redirect-parameter
    return RedirectResponse(url=target)


@router.get("/out")
async def outbound(url: str):
    # ruleid: fastapi-open-redirect-parameter
    return RedirectResponse(url)


@router.post("/billing/checkout")
async def checkout():
    session = stripe.checkout.Session.create(mode="subscription", line_items=[{"price": PRICE_ID, "quantity": 1}])
    url = session.url
    # ok: fastapi-open-redirect-parameter
    return RedirectResponse(url, status_code=303)


FRONTEND_URL = "https://app.example.com"


@router.get("/auth/callback")
async def oauth_callback(code: str, next: str = "/dashboard"):
    # A full URL is taken as is: `?next=https://evil.example` leaves the site.
    target = next if next.startswith("http") else f"{FRONTEND_URL}{next}"
    # ruleid: fastapi-open-redirect-parameter
    return RedirectResponse(url=target, status_code=302)


@router.get("/auth/callback-b")
async def oauth_callback_b(code: str, next: str = "/dashboard"):
    if not next.startswith(("http://", "https://")):
        next = f"{FRONTEND_URL}{next}"
    # ruleid: fastapi-open-redirect-parameter
    return RedirectResponse(url=next, status_code=302)


@router.get("/auth/callback-ok")
async def oauth_callback_ok(code: str, next: str = "/dashboard"):
    if next.startswith(("http://", "https://", "//")):
        next = "/dashboard"
    # ok: fastapi-open-redirect-parameter
    return RedirectResponse(url=next, status_code=302)


@router.get("/auth/callback-ok2")
async def oauth_callback_ok2(code: str, next: str = "/dashboard"):
    target = "/dashboard" if next.startswith("http") else next
    # ok: fastapi-open-redirect-parameter
    return RedirectResponse(url=target, status_code=302)


@router.get("/auth/callback-ok3")
async def oauth_callback_ok3(code: str, next: str = "/dashboard"):
    target = next if next.startswith(FRONTEND_URL) else FRONTEND_URL
    # ok: fastapi-open-redirect-parameter
    return RedirectResponse(url=target, status_code=302)


@router.get("/auth/callback-ok4")
async def oauth_callback_ok4(code: str, next: str = "/dashboard"):
    if next.startswith("http"):
        raise HTTPException(status_code=400, detail="absolute redirect not allowed")
    # ok: fastapi-open-redirect-parameter
    return RedirectResponse(url=next, status_code=302)


@router.get("/go")
async def outbound_click(url: str, booking_id: int | None = None):
    # ruleid: fastapi-open-redirect-parameter
    return RedirectResponse(url=url, status_code=302)


@router.get("/go-home")
async def go_home(booking_id: int | None = None):
    url = "/bookings"
    # ok: fastapi-open-redirect-parameter (a local constant, not a parameter)
    return RedirectResponse(url=url, status_code=302)
