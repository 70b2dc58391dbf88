# A signature split over several lines: the engine's Python `enclosing` header is then only `):`
# (without the decorator and the parameters), so the route parameters are not seen.
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/hello-multiline")
def hello_multiline(
    name: str = "world",
):
    # ruleid: py-html-response-interpolated-input
    return HTMLResponse(f"<p>Hi {name}</p>")
