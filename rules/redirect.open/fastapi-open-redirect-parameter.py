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
