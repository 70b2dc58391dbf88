from fastapi import FastAPI, Request
from fastapi.templating import Jinja2Templates

# ruleid: no-security-headers (medium: serves HTML pages)
app = FastAPI()
templates = Jinja2Templates(directory="templates")


@app.get("/")
def home(request: Request):
    return templates.TemplateResponse("index.html", {"request": request})
