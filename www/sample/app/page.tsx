import Link from "next/link";

export default function Home() {
  return (
    <main style={{ padding: 32 }}>
      <h1>Acme CRM</h1>
      <p>Your customers, deals and invoices in one place.</p>
      <Link href="/dashboard">Open the dashboard</Link>
    </main>
  );
}
