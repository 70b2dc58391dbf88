import Stripe from 'stripe'
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!)

const PRICES: Record<string, number> = { basic: 900, pro: 2900 }

export async function POST(req: Request) {
  const { plan } = await req.json()
  const intent = await stripe.paymentIntents.create({
    // ok: client-set-price
    amount: PRICES[String(plan)] ?? PRICES.basic,
    currency: 'usd',
  })
  return Response.json({ secret: intent.client_secret })
}
