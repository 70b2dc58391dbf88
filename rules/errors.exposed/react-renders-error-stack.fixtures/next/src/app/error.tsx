"use client";

export default function Error({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div>
      <h2>Something went wrong</h2>
      {/* ruleid: react-renders-error-stack */}
      <pre>{error.message}{"\n"}{error.stack}</pre>
      {/* ok: react-renders-error-stack */}
      {error.digest && <p>Reference: {error.digest}</p>}
      <button onClick={() => reset()}>Try again</button>
    </div>
  );
}
