import stripe
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/pay")
def pay():
    data = request.get_json()
    session = stripe.checkout.Session.create(
        mode="payment",
        line_items=[{
            "quantity": 1,
            # ruleid: client-set-price
            "price_data": {"currency": "usd", "product_data": {"name": "Order"}, "unit_amount": data["amount"]},
        }],
    )
    return jsonify(url=session.url)


@app.post("/pay/v2")
def pay_v2():
    product = Product.query.get_or_404(request.get_json()["product_id"])
    session = stripe.checkout.Session.create(
        mode="payment",
        # ok: client-set-price
        line_items=[{"quantity": 1, "price": product.stripe_price_id}],
    )
    return jsonify(url=session.url)
