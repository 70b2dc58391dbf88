"use client";
export function LoginForm() {
  async function onSubmit(password) {
    // ok: js-password-written-to-logs (browser code: no server logs)
    console.log("submitting", password);
  }
  return <form onSubmit={onSubmit} />;
}
