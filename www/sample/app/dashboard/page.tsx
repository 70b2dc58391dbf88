import AdminPanel from "./AdminPanel";

export default function Dashboard() {
  return (
    <main style={{ padding: 32 }}>
      <h1>Dashboard</h1>
      <AdminPanel />
    </main>
  );
}
