'use client'

export function StatsButton() {
  async function load() {
    // ruleid: client-code-reads-server-secret
    const res = await fetch('/api/admin/stats', { headers: { 'x-admin-key': process.env.NEXT_PUBLIC_ADMIN_API_KEY ?? '' } })
    return res.json()
  }
  return <button onClick={load}>Load stats</button>
}
