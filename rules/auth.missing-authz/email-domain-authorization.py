from fastapi import Depends, HTTPException

from .auth import get_current_user


def require_admin(user=Depends(get_current_user)):
    # ruleid: email-domain-authorization
    if not user.email.lower().endswith("@docusumm.ai"):
        raise HTTPException(status_code=403, detail="Admins only")
    return user


def require_staff(user=Depends(get_current_user)):
    # ok: email-domain-authorization
    if user.role != "staff":
        raise HTTPException(status_code=403)
    return user


def newsletter_segment(email: str) -> str:
    # ok: email-domain-authorization
    return "edu" if email.endswith(".edu") else "general"
