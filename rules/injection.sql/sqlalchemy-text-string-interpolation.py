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


def list_invoices(db: Session, status: str | None, sort_key: str, term: str | None):
    clauses = ["1 = 1"]
    params = {}
    if status:
        clauses.append("status = :status")
        params["status"] = status
    order_by = {"newest": "created_at DESC", "amount": "total DESC"}.get(sort_key, "id")
    # ok: sqlalchemy-text-string-interpolation
    rows = db.execute(text(f"SELECT * FROM invoices WHERE {' AND '.join(clauses)} ORDER BY {order_by}"), params).all()
    where_sql = ""
    if term:
        where_sql = "WHERE memo ILIKE :term"
        params["term"] = f"%{term}%"
    # ok: sqlalchemy-text-string-interpolation
    more = db.execute(text(f"""
        SELECT id FROM invoices
        {where_sql}
        LIMIT 50
    """), params).all()
    # ok: sqlalchemy-text-string-interpolation
    stale = db.execute(text(f"DELETE FROM drafts d WHERE {STALE_DRAFT_SQL.format(alias='d')}")).rowcount
    # Known gap: the allow-list evidence above covers every `text()` f-string of the function.
    # todoruleid: sqlalchemy-text-string-interpolation
    odd = db.execute(text(f"SELECT * FROM invoices WHERE {' AND '.join(clauses)} AND memo = '{term}'")).all()
    return rows, more, stale, odd


def table_rows(db: Session, table: str):
    _check_table_name(table)
    # ok: sqlalchemy-text-string-interpolation
    return db.execute(text(f"SELECT * FROM {table} LIMIT :n"), {"n": 100}).all()


def search_invoices(db: Session, term: str):
    clauses = ["deleted_at IS NULL"]
    # ruleid: sqlalchemy-text-string-interpolation
    return db.execute(text(f"SELECT * FROM invoices WHERE {' AND '.join(clauses)} AND memo = '{term}'")).all()


def table_rows_unchecked(db: Session, table: str):
    # ruleid: sqlalchemy-text-string-interpolation
    return db.execute(text(f"SELECT * FROM {table} LIMIT :n"), {"n": 100}).all()


REVENUE_SQL = "SELECT p.name, SUM(i.amount_cents) AS total FROM invoice i JOIN project p ON p.id = i.project_id "


def _revenue_filter(owner_id: str, status: Optional[str]) -> tuple[str, dict]:
    clause = "WHERE i.owner_id = :owner_id"
    params = {"owner_id": owner_id}
    if status:
        clause += " AND i.status = :status"
        params["status"] = status
    return clause, params


def revenue(db: Session, owner_id: str, status: Optional[str] = None, region: str = ""):
    where, params = _revenue_filter(owner_id, status)
    # ok: sqlalchemy-text-string-interpolation
    rows = db.execute(text(REVENUE_SQL + where + " GROUP BY p.name"), params).mappings().all()
    # ruleid: sqlalchemy-text-string-interpolation
    by_region = db.execute(text(REVENUE_SQL + where + " AND p.region = '" + region + "'"), params).all()
    # ruleid: sqlalchemy-text-string-interpolation
    by_status = db.execute(text(REVENUE_SQL + "WHERE i.status = '" + status + "'")).all()
    return rows, by_region, by_status
