from ninja import NinjaAPI, Router
from ninja.security import django_auth

from .schemas import NameIn, ProfileIn, StaffSafeIn

api = NinjaAPI(auth=django_auth)
router = Router()


@router.patch("/me")
def update_me(request, payload: ProfileIn):
    user = request.auth
    # ruleid: py-mass-assignment-permissive-schema
    for attr, value in payload.dict(exclude_unset=True).items():
        setattr(user, attr, value)
    user.save()
    return {"id": user.id}


@router.patch("/me/safe")
def update_me_safe(request, payload: StaffSafeIn):
    user = request.auth
    # ok: py-mass-assignment-permissive-schema
    for attr, value in payload.dict(exclude_unset=True).items():
        setattr(user, attr, value)
    user.save()
    return {"id": user.id}


@router.patch("/me/name")
def update_name(request, payload: NameIn):
    user = request.auth
    # ok: py-mass-assignment-permissive-schema
    for attr, value in payload.dict(exclude_unset=True).items():
        setattr(user, attr, value)
    user.save()
    return {"id": user.id}


api.add_router("/auth", router)
