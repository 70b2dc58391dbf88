"use client";
import { useEffect } from "react";

export default function DashboardError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    // ok: react-renders-error-stack
    console.error(error.stack);
  }, [error]);
  return (
    <div>
      {/* ok: react-renders-error-stack */}
      <p>Something went wrong loading the dashboard. {error.digest}</p>
      <button onClick={reset}>Retry</button>
    </div>
  );
}
