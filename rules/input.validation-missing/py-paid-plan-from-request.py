import stripe
from flask import Blueprint, redirect, request, url_for
from flask_login import current_user, login_required

from models import db

billing_bp = Blueprint("billing", __name__)
PLAN_BY_PRICE = {"price_pro": "pro"}


@billing_bp.route("/success")
@login_required
def success():
    plan = request.args.get("plan", "pro")
    # ruleid: py-paid-plan-from-request (critical: the checkout return page)
    current_user.plan = plan
    db.session.commit()
    return redirect(url_for("account"))


@billing_bp.post("/settings/plan")
@login_required
def change_plan():
    # ruleid: py-paid-plan-from-request
    current_user.tier = request.form["tier"]
    db.session.commit()
    return redirect(url_for("account"))


@billing_bp.route("/upgrade/<plan>")
@login_required
def upgrade(plan):
    # ruleid: py-paid-plan-from-request
    current_user.plan = plan
    db.session.commit()
    return redirect(url_for("account"))


@billing_bp.route("/checkout/return")
@login_required
def checkout_return():
    session = stripe.checkout.Session.retrieve(request.args["session_id"], expand=["line_items"])
    if session.payment_status != "paid" or session.client_reference_id != str(current_user.id):
        return redirect(url_for("pricing"))
    # ok: py-paid-plan-from-request (the plan comes from a paid Checkout Session fetched from Stripe)
    current_user.plan = PLAN_BY_PRICE[session.line_items.data[0].price.id]
    db.session.commit()
    return redirect(url_for("account"))


@billing_bp.post("/settings/downgrade")
@login_required
def downgrade():
    plan = request.form.get("plan", "free")
    if plan != "free":
        return "Only the free plan can be chosen here", 400
    # ok: py-paid-plan-from-request (only the free plan)
    current_user.plan = plan
    db.session.commit()
    return redirect(url_for("account"))


@billing_bp.route("/welcome")
@login_required
def welcome():
    # ok: py-paid-plan-from-request (a constant, not request data)
    current_user.plan = "free"
    # ok: py-paid-plan-from-request (a comparison, not an assignment)
    is_pro = current_user.plan == request.args.get("plan")
    db.session.commit()
    return {"pro": is_pro}


def apply_plan(user, plan):
    # ok: py-paid-plan-from-request (a helper called from the verified webhook, not a route)
    user.plan = plan
    db.session.commit()
