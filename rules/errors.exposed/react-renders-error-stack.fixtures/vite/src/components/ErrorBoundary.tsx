import { Component, type ReactNode } from "react";

type State = { error: Error | null };

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert">
        <h1>Oops</h1>
        {/* ruleid: react-renders-error-stack */}
        <pre>{this.state.error.stack}</pre>
      </div>
    );
  }
}

export function Fallback({ error }: { error: Error }) {
  return (
    <div role="alert">
      <p>Something went wrong:</p>
      {/* ok: react-renders-error-stack */}
      <p>{error.message}</p>
    </div>
  );
}

export function DevFallback({ error }: { error: Error }) {
  return (
    <div role="alert">
      {/* ok: react-renders-error-stack (development builds only) */}
      {import.meta.env.DEV && <pre>{error.stack}</pre>}
    </div>
  );
}

export function Stack({ frames }: { frames: string[] }) {
  const stack = frames.join("\n");
  return (
    <ul>
      {/* ok: react-renders-error-stack (a data structure named stack, not an error's) */}
      <li>{stack}</li>
    </ul>
  );
}

export function toText(err: Error) {
  // ok: react-renders-error-stack (a template literal, not JSX)
  return `failed: ${err.stack}`;
}
