import ast

from flask import Flask, request

app = Flask(__name__)


@app.post("/calc")
def calc():
    # ruleid: py-eval-exec-request-data
    result = eval(request.form["expression"])
    expr = request.args.get("expr")
    # ruleid: py-eval-exec-request-data
    result2 = eval(expr)
    # ruleid: py-eval-exec-request-data
    exec(request.get_json()["code"])
    # ok: py-eval-exec-request-data
    safe = ast.literal_eval(request.form["value"])
    # ok: py-eval-exec-request-data
    model.eval()
    return {"result": result, "r2": result2, "safe": safe}
