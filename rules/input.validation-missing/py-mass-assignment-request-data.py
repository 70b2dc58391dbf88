import json

from flask import request


def create_user(db):
    # ruleid: py-mass-assignment-request-data
    user = User(**request.get_json())
    db.session.add(user)
    return user


def update_user(user):
    data = request.get_json()
    # ruleid: py-mass-assignment-request-data
    for key, value in data.items():
        setattr(user, key, value)
    return user


def django_create(request):
    payload = json.loads(request.body)
    # ruleid: py-mass-assignment-request-data
    item = Item.objects.create(owner=request.user, **payload)
    # ruleid: py-mass-assignment-request-data
    Item.objects.filter(pk=1).update(**request.POST.dict())
    return item


def patch_profile(user):
    # ruleid: py-mass-assignment-request-data
    user.__dict__.update(request.json)
    return user


def validated(user):
    data = ProfileUpdate.model_validate(request.get_json()).model_dump(exclude_unset=True)
    # ok: py-mass-assignment-request-data
    for key, value in data.items():
        setattr(user, key, value)
    return user


def explicit(db):
    data = request.get_json()
    # ok: py-mass-assignment-request-data
    user = User(name=data["name"], email=data["email"])
    return user


def serializer_view(request):
    serializer = ItemSerializer(data=request.data)
    serializer.is_valid(raise_exception=True)
    # ok: py-mass-assignment-request-data
    return Item.objects.create(**serializer.validated_data)


def from_schema(item_in):
    # ok: py-mass-assignment-request-data
    return Item(**item_in.model_dump())


def spread_then_other():
    data = request.get_json()
    # ruleid: py-mass-assignment-request-data
    user = User(**data)
    # ok: py-mass-assignment-request-data
    return UserOut(id=user.id, name=user.name)


async def update_profile(request, user):
    body = await request.json()
    # ruleid: py-mass-assignment-request-data
    await db.users.update_one({"_id": user["_id"]}, {"$set": body})


def update_note_flask(note_id):
    # ruleid: py-mass-assignment-request-data
    mongo.db.notes.update_one({"_id": ObjectId(note_id)}, {"$set": request.get_json()})


async def rename(request, user):
    body = await request.json()
    # ok: py-mass-assignment-request-data (one field, forced to a string)
    await db.users.update_one({"_id": user["_id"]}, {"$set": {"name": str(body["name"])}})


async def update_validated(request, user):
    changes = ProfileUpdate.model_validate(await request.json()).model_dump(exclude_unset=True)
    # ok: py-mass-assignment-request-data
    await db.users.update_one({"_id": user["_id"]}, {"$set": changes})


@router.patch("/me")
async def update_me_with_password(payload: dict = Body(...), user: User = Depends(get_current_user)):
    # ruleid: py-mass-assignment-request-data
    for key, value in payload.items():
        if key == "password":
            user.hashed_password = hash_password(value)
        elif hasattr(user, key):
            setattr(user, key, value)
    return user
