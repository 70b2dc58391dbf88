import Stripe from 'stripe'
import { supabaseAdmin } from '@/lib/admin'

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!)

// ok: service-role-without-auth
export async function POST(req: Request) {
  const event = stripe.webhooks.constructEvent(await req.text(), req.headers.get('stripe-signature')!, process.env.STRIPE_WEBHOOK_SECRET!)
  await supabaseAdmin.from('subscriptions').upsert({ id: event.id })
  return new Response('ok')
}
