from sqlalchemy import bindparam, select, text
from sqlalchemy.orm import Session

ORDER = "created_at"


def search(db: Session, email: str, ids: list[int], sort: str):
    # ruleid: sqlalchemy-text-string-interpolation
    rows = db.execute(text(f"SELECT * FROM users WHERE email = '{email}'")).all()
    stmt = "SELECT * FROM users WHERE name LIKE '%" + email + "%'"
    # ruleid: sqlalchemy-text-string-interpolation
    rows = db.execute(text(stmt)).all()
    # ruleid: sqlalchemy-text-string-interpolation
    rows = db.execute(select(User).order_by(text(f"{sort} DESC"))).all()
    # ok: sqlalchemy-text-string-interpolation
    rows = db.execute(text("SELECT * FROM users WHERE email = :email"), {"email": email}).all()
    # ok: sqlalchemy-text-string-interpolation
    rows = db.execute(text(f"SELECT * FROM users ORDER BY {ORDER}")).all()
    # ok: sqlalchemy-text-string-interpolation
    rows = db.execute(text("SELECT * FROM users WHERE id IN :ids").bindparams(bindparam("ids", expanding=True)), {"ids": ids}).all()
    # ok: sqlalchemy-text-string-interpolation
    rows = db.execute(select(User).where(User.email == email)).scalars().all()
    # ok: sqlalchemy-text-string-interpolation
    label = text("static text")
    return rows, label
