import stripe
from fastapi import APIRouter
from flask import Blueprint, jsonify, request, url_for
from pydantic import BaseModel
from rest_framework.decorators import api_view
from rest_framework.response import Response

from .config import settings

router = APIRouter()
bp = Blueprint("billing", __name__)


class CheckoutIn(BaseModel):
    price_id: str
    success_url: str
    cancel_url: str


@router.post("/billing/checkout")
def create_checkout(body: CheckoutIn):
    session = stripe.checkout.Session.create(
        mode="payment",
        line_items=[{"price": body.price_id, "quantity": 1}],
        # ruleid: stripe-checkout-redirect-from-request
        success_url=body.success_url,
        # ok: stripe-checkout-redirect-from-request
        cancel_url=f"{settings.FRONTEND_URL}/billing",
    )
    return {"url": session.url}


@bp.route("/billing/checkout", methods=["POST"])
def flask_checkout():
    data = request.get_json()
    session = stripe.checkout.Session.create(
        mode="payment",
        line_items=[{"price": data["price_id"], "quantity": 1}],
        # ruleid: stripe-checkout-redirect-from-request
        success_url=request.json["success_url"],
        # ruleid: stripe-checkout-redirect-from-request
        cancel_url=data.get("cancel_url"),
    )
    return jsonify(url=session.url)


@api_view(["POST"])
def drf_checkout(request):
    params = {
        "mode": "subscription",
        "line_items": [{"price": request.data["price_id"], "quantity": 1}],
        # ruleid: stripe-checkout-redirect-from-request
        "success_url": request.data.get("success_url", "https://app.example.io/billing/success"),
        # ok: stripe-checkout-redirect-from-request
        "cancel_url": url_for("billing.index", _external=True),
    }
    session = stripe.checkout.Session.create(**params)
    return Response({"url": session.url})
