// fixture-path: lib/api.ts
import { NextResponse } from "next/server";

// The shared error helper every route calls from its catch block.
export function handleError(e: unknown) {
  const err = e as Error;
  console.error("[api]", err);
  // ruleid: js-error-details-in-response
  return NextResponse.json(
    { error: err.message, stack: err.stack, cause: String((err as any).cause ?? "") },
    { status: 500 },
  );
}

export function toErrorResponse(error: Error | unknown, status = 500) {
  // ruleid: js-error-details-in-response
  return NextResponse.json({ error: String(error), stack: (error as Error).stack }, { status });
}

export function handleErrorSafely(e: unknown) {
  console.error("[api]", e);
  // ok: js-error-details-in-response
  return NextResponse.json({ error: "Internal server error" }, { status: 500 });
}

export function renderItem(item: { stack: string[] }) {
  // ok: js-error-details-in-response (not an error path: a data field named stack)
  return NextResponse.json({ stack: item.stack });
}
