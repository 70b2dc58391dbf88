"use client";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  const report = `${error.name}: ${error.message}`;
  return (
    <html>
      <body>
        <h2>Unexpected error</h2>
        {/* ruleid: react-renders-error-stack */}
        <pre className="text-xs">{error?.stack ?? "no stack"}</pre>
        {/* ok: react-renders-error-stack */}
        <button onClick={() => navigator.clipboard.writeText(`${report}\n${error.digest}`)}>Copy reference</button>
      </body>
    </html>
  );
}
