import os

from fastapi import Depends, HTTPException
from fastapi.security import HTTPBearer
from supabase import create_client

sb = create_client(os.environ["SUPABASE_URL"], os.environ["SUPABASE_SERVICE_ROLE_KEY"])
bearer = HTTPBearer()


def require_admin(creds=Depends(bearer)):
    user = sb.auth.get_user(creds.credentials).user
    # ruleid: supabase-user-metadata-authorization
    if (user.user_metadata or {}).get("role") != "admin":
        raise HTTPException(403, "Admins only")
    return user


def require_admin_safe(creds=Depends(bearer)):
    user = sb.auth.get_user(creds.credentials).user
    # ok: supabase-user-metadata-authorization
    if (user.app_metadata or {}).get("role") != "admin":
        raise HTTPException(403, "Admins only")
    return user


def display_name(user):
    # ok: supabase-user-metadata-authorization
    return user.user_metadata.get("full_name", "")


def require_staff(creds=Depends(bearer)):
    user = sb.auth.get_user(creds.credentials).user
    # ruleid: supabase-user-metadata-authorization
    meta = user.user_metadata or {}
    if meta.get("role") != "staff":
        raise HTTPException(403, "Staff only")
    return user


def avatar(user):
    # Display only, but the alias check is per file: another `meta` of this file reads a role.
    # todook: supabase-user-metadata-authorization
    meta = user.user_metadata or {}
    return meta.get("avatar_url")
