from django.db import transaction
from django.db.models import F
from flask import abort

from .models import Profile, User, db


def spend(uid, cost):
    user = db.session.get(User, uid)
    if user.credits < cost:
        abort(402)
    # ruleid: py-balance-read-modify-write
    user.credits -= cost
    db.session.commit()


def spend_django(uid, cost):
    profile = Profile.objects.get(pk=uid)
    # ruleid: py-balance-read-modify-write
    profile.balance = profile.balance - cost
    profile.save()


def spend_locked(uid, cost):
    with transaction.atomic():
        profile = Profile.objects.select_for_update().get(pk=uid)
        # ok: py-balance-read-modify-write
        profile.credits -= cost
        profile.save()


def spend_f(uid, cost):
    # ok: py-balance-read-modify-write
    Profile.objects.filter(pk=uid, credits__gte=cost).update(credits=F("credits") - cost)


def preview(uid, cost):
    user = db.session.get(User, uid)
    # ok: py-balance-read-modify-write
    user.credits -= cost
    return {"after": user.credits}


def top_up(uid, amount):
    user = db.session.get(User, uid)
    # ok: py-balance-read-modify-write
    user.credits += amount
    db.session.commit()


def top_up_django(uid, amount):
    profile = Profile.objects.get(pk=uid)
    # ok: py-balance-read-modify-write
    profile.balance = profile.balance + amount
    profile.save()
