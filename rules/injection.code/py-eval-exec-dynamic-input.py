import ast


def compute(expression, field, data):
    # ruleid: py-eval-exec-dynamic-input
    total = eval(expression)
    # ruleid: py-eval-exec-dynamic-input
    value = eval(f"data.{field}")
    code = "result = " + expression
    # ruleid: py-eval-exec-dynamic-input
    exec(code)
    # ok: py-eval-exec-dynamic-input
    one = eval("1 + 1")
    # ok: py-eval-exec-dynamic-input
    parsed = ast.literal_eval(expression)
    # ok: py-eval-exec-dynamic-input
    df.eval("a + b")
    # ok: py-eval-exec-dynamic-input
    model.eval()
    return total, value, one, parsed


class Rule:
    # ok: py-eval-exec-dynamic-input
    def eval(self, ctx):
        return ctx


def run_tool(name, arguments):
    # An LLM tool call: the model (and whoever steers its prompt) chooses the arguments.
    args = json.loads(arguments)
    if name == "calculator":
        # ruleid: py-eval-exec-dynamic-input
        return str(eval(args["expression"], {"math": math}))
    if name == "python":
        # ruleid: py-eval-exec-dynamic-input
        exec(args.get("code"), {})
    # A field with an unrelated name is not evidence on its own.
    # ok: py-eval-exec-dynamic-input
    return eval(settings["timeout_factor"])


def answer_with_code(client, question):
    completion = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": question}])
    code = completion.choices[0].message.content.strip().strip("`")
    # ruleid: py-eval-exec-dynamic-input (critical: the model writes the code)
    return eval(code)


# Route handlers: the parameter is the request (critical); other code in a handler stays high.
import math

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
MATH_FUNCS = {"abs": abs, "round": round, "sqrt": math.sqrt}


class FormulaIn(BaseModel):
    expression: str
    variables: dict[str, float] = {}


@app.post("/formulas/evaluate")
def evaluate(body: FormulaIn):
    try:
        # ruleid: py-eval-exec-dynamic-input (critical: the request body's field)
        result = eval(body.expression, {"__builtins__": {}}, {**MATH_FUNCS, **body.variables})
    except Exception:
        raise HTTPException(400, "Invalid formula")
    return {"result": result}


@app.get("/calc")
async def calc(expr: str, precision: int = 2):
    # ruleid: py-eval-exec-dynamic-input (critical: a query parameter)
    return {"result": round(eval(expr), precision)}


@app.get("/reports/{report_id}")
def report(report_id: int):
    rule = load_rule(report_id)
    # ok: py-eval-exec-dynamic-input (safe: an AST walker that allows numbers and + - * / only)
    total = safe_eval(rule.formula, {"x": 1.0})
    return {"total": total}


@router.post("/quote")
def quote(room_id: int, hours: float, discount_rule: str = "0", db=Depends(get_db)):
    """Price a booking; discount_rule is an expression such as 'hours * 0.1'."""
    base = db.execute("SELECT hourly_rate FROM rooms WHERE id = ?", (room_id,)).fetchone()[0] * hours
    # ruleid: py-eval-exec-dynamic-input (critical: FastAPI fills discount_rule from the query string)
    discount = eval(discount_rule, {"hours": hours, "base": base})
    return {"total": base - discount}


def apply_discount(expression: str, hours: float) -> float:
    # ruleid: py-eval-exec-dynamic-input (high: a helper; where its argument comes from is not known here)
    return eval(expression, {"hours": hours})
