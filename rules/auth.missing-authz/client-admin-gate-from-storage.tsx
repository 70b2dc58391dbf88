// fixture-path: src/pages/Admin.tsx
import { useEffect, useState } from "react";
import { Navigate } from "react-router-dom";
import { supabase } from "../supabase";

export default function Admin() {
  // ruleid: client-admin-gate-from-storage (medium: the gated page loads every profile)
  const isAdmin = localStorage.getItem("documind_is_admin") === "true";
  const [rows, setRows] = useState<any[]>([]);

  useEffect(() => {
    if (isAdmin) supabase.from("profiles").select("*").then(({ data }) => setRows(data ?? []));
  }, [isAdmin]);

  if (!isAdmin) return <Navigate to="/" replace />;
  return <pre>{JSON.stringify(rows, null, 2)}</pre>;
}

export function AdminMenu() {
  // ruleid: client-admin-gate-from-storage (low: only shows a link)
  const role = JSON.parse(localStorage.getItem("user") || "{}")?.role;
  return role === "admin" ? <a href="/admin">Admin</a> : null;
}

export function AdminSidebar() {
  // ok: client-admin-gate-from-storage (a UI preference, not a role)
  const collapsed = localStorage.getItem("adminSidebarCollapsed") === "true";
  return collapsed ? <nav className="narrow" /> : <nav />;
}

export function Greeting() {
  // ok: client-admin-gate-from-storage (shown, not used to decide anything)
  const role = localStorage.getItem("role");
  return <p>Signed in as {role}</p>;
}
