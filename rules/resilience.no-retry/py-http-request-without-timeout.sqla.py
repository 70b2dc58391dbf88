from sqlalchemy.orm import Session


def load(session: Session, user_id):
    # ok: py-http-request-without-timeout
    return session.get(User, user_id)
