import os

import stripe
from django.db import transaction
from flask import Flask, abort, jsonify, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import update

db = SQLAlchemy()
app = Flask(__name__)


class User(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    credits = db.Column(db.Integer, default=0)


@app.post("/billing/webhook")
def stripe_webhook():
    try:
        event = stripe.Webhook.construct_event(
            request.get_data(), request.headers.get("Stripe-Signature"), os.environ["STRIPE_WEBHOOK_SECRET"]
        )
    except (ValueError, stripe.error.SignatureVerificationError):
        abort(400)
    if event["type"] == "checkout.session.completed":
        meta = event["data"]["object"]["metadata"]
        user = db.session.get(User, int(meta["user_id"]))
        # ruleid: py-credit-top-up-read-modify-write
        user.credits += int(meta["credits"])
        db.session.commit()
    return jsonify(received=True)


def reward(profile):
    # ruleid: py-credit-top-up-read-modify-write
    profile.points = profile.points + 10
    profile.save()


def grant_atomic(uid, amount):
    # ok: py-credit-top-up-read-modify-write
    db.session.execute(update(User).where(User.id == uid).values(credits=User.credits + amount))
    db.session.commit()


def grant_locked(uid, amount):
    user = db.session.query(User).filter_by(id=uid).with_for_update().one()
    # ok: py-credit-top-up-read-modify-write
    user.credits += amount
    db.session.commit()


def grant_django(profile_model, uid, amount):
    with transaction.atomic():
        profile = profile_model.objects.select_for_update().get(pk=uid)
        # ok: py-credit-top-up-read-modify-write
        profile.balance = profile.balance + amount
        profile.save()


def preview(uid, amount):
    user = db.session.get(User, uid)
    # ok: py-credit-top-up-read-modify-write
    user.credits += amount
    return {"after": user.credits}


def spend(uid, cost):
    user = db.session.get(User, uid)
    # ok: py-credit-top-up-read-modify-write
    user.credits -= cost
    db.session.commit()
