// fixture-path: src/pages/AdminUsers.tsx
import { useEffect, useState } from "react";
import { Navigate } from "react-router-dom";
import { supabase } from "../supabase";

export default function AdminUsers() {
  const [role, setRole] = useState(localStorage.getItem("cached_role"));
  useEffect(() => {
    supabase.auth.getUser().then(async ({ data: { user } }) => {
      const { data } = await supabase.from("profiles").select("role").eq("id", user?.id).single();
      setRole(data?.role ?? null);
    });
  }, []);
  // ok: client-admin-gate-from-storage (the role is re-read from the database; storage is a cache)
  const cached = localStorage.getItem("cached_role");
  if (role !== "admin" && cached !== "admin") return <Navigate to="/" replace />;
  return <p>users</p>;
}
