from fastapi import FastAPI, Request
from slowapi import Limiter
from slowapi.util import get_remote_address

limiter = Limiter(key_func=get_remote_address)
app = FastAPI()
app.state.limiter = limiter


# ok: endpoint-missing-rate-limit
@app.post("/auth/login")
@limiter.limit("5/minute")
def login(request: Request, form: LoginForm):
    user = get_user(form.email)
    return {"ok": user and pwd_context.verify(form.password, user.hashed)}


# ruleid: endpoint-missing-rate-limit
@app.post("/auth/register")
def register(form: RegisterForm):
    return create_user(form.email, form.password)


# ok: endpoint-missing-rate-limit
@app.post("/notes")
def create_note(note: NoteIn):
    return save(note)
