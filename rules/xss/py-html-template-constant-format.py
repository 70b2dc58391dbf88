from html import escape

from fastapi import FastAPI, HTTPException
from fastapi.responses import HTMLResponse
from sqlmodel import Field, Session, SQLModel, create_engine

engine = create_engine("sqlite:///app.db")
app = FastAPI()


class Doctor(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    full_name: str
    bio: str | None = None


PROFILE_TEMPLATE = """<!doctype html>
<html><body>
  <h1>Dr. {name}</h1>
  <section class="bio">{bio}</section>
</body></html>"""
CARD = "<div class='card'>{title}</div>"
WELCOME_EMAIL = "Hello {name}, welcome aboard"
FOOTER = "<footer>{year}</footer>"
SITE_NAME = "Clinic"


@app.get("/doctors/{doctor_id}/profile", response_class=HTMLResponse)
def public_profile(doctor_id: int):
    with Session(engine) as session:
        doctor = session.get(Doctor, doctor_id)
    if not doctor:
        raise HTTPException(status_code=404)
    # ruleid: py-html-template-constant-format
    page = PROFILE_TEMPLATE.format(name=doctor.full_name, bio=doctor.bio or "")
    return HTMLResponse(page)


@app.get("/cards/{title}")
def card(title: str):
    # ruleid: py-html-template-constant-format
    return HTMLResponse(CARD.format(title=title))


@app.get("/doctors/{doctor_id}/safe", response_class=HTMLResponse)
def safe_profile(doctor_id: int):
    with Session(engine) as session:
        doctor = session.get(Doctor, doctor_id)
    # ok: py-html-template-constant-format (escaped)
    page = PROFILE_TEMPLATE.format(name=escape(doctor.full_name), bio=escape(doctor.bio or ""))
    return HTMLResponse(page)


@app.get("/footer")
def footer():
    # ok: py-html-template-constant-format (constants only)
    return HTMLResponse(FOOTER.format(year=2024) + SITE_NAME)


@app.post("/signup")
def signup(name: str):
    # ok: py-html-template-constant-format (plain-text e-mail, not HTML)
    body = WELCOME_EMAIL.format(name=name)
    send_mail(body)
    return HTMLResponse("<p>ok</p>")


@app.get("/cards-json/{title}")
def card_json(title: str):
    # ok: py-html-template-constant-format (the markup is data in a JSON answer)
    snippet = CARD.format(title=title)
    return {"html": snippet}
