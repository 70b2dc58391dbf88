"use client";

import { useEffect, useState } from "react";
import { createClient } from "@supabase/supabase-js";

// TODO: move to env later, hardcoded so the admin panel works on Vercel preview
const supabase = createClient(
  "https://qwzxvbnmlkjhgfdsapoi.supabase.co",
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InF3enh2Ym5tbGtqaGdmZHNhcG9pIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcxMDAwMDAwMCwiZXhwIjoyMDI1NTc2MDAwfQ.Tq8wZ3nR5vY1xC7bM2kL9pJ4hG6fD0sA3eW8uI1oQ5t"
);

type Customer = { id: string; name: string; email: string; plan: string };

export default function AdminPanel() {
  const [customers, setCustomers] = useState<Customer[]>([]);
  const [search, setSearch] = useState("");

  useEffect(() => {
    supabase
      .from("customers")
      .select("*")
      .ilike("name", `%${search}%`)
      .then(({ data }) => setCustomers(data ?? []));
  }, [search]);

  async function remove(id: string) {
    await supabase.from("customers").delete().eq("id", id);
    setCustomers((c) => c.filter((x) => x.id !== id));
  }

  return (
    <section>
      <input value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Search customers" />
      <ul>
        {customers.map((c) => (
          <li key={c.id}>
            {c.name} ({c.email}) - {c.plan} <button onClick={() => remove(c.id)}>Delete</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
