// fixture-path: app/api/orders/route.ts
import { NextResponse } from "next/server";

export async function POST(request: Request) {
  try {
    const order = await createOrder(await request.json());
    return NextResponse.json(order);
  } catch (error: any) {
    // ruleid: js-error-message-in-response
    return NextResponse.json({ error: error.message }, { status: 500 });
  }
}

export async function GET() {
  const { data, error } = await supabase.from("orders").select("*");
  if (error) {
    // ruleid: js-error-message-in-response
    return NextResponse.json({ error: error.message }, { status: 500 });
  }
  return NextResponse.json(data);
}

export async function PUT(request: Request) {
  try {
    return NextResponse.json(await update(await request.json()));
  } catch (error) {
    console.error(error);
    // ok: js-error-message-in-response
    return NextResponse.json({ error: "Could not update the order" }, { status: 500 });
  }
}

export async function PATCH(request: Request) {
  try {
    return NextResponse.json(await patch(await request.json()));
  } catch (err) {
    // ok: js-error-message-in-response
    return NextResponse.json({ error: (err as Error).message }, { status: 400 });
  }
}

export async function DELETE(request: Request) {
  // ok: js-error-message-in-response
  return NextResponse.json({ message: "Deleted" });
}
