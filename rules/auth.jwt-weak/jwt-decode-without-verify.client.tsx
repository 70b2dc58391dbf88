"use client";
import { jwtDecode } from "jwt-decode";
import { useEffect, useState } from "react";

export function Greeting({ token }: { token: string }) {
  const [name, setName] = useState("");
  useEffect(() => {
    // ok: jwt-decode-without-verify
    const claims = jwtDecode<{ name: string; role: string }>(token);
    setName(claims.name);
  }, [token]);
  return <p>Hello {name}</p>;
}
