"use client";
export function ExportButton({ contacts }) {
  function download() {
    const header = "name,email,company";
    // ruleid: js-csv-export-formula-injection
    const body = contacts.map((c) => [c.name, c.email, c.company].join(",")).join("\n");
    const blob = new Blob([header + "\n" + body], { type: "text/csv" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "contacts.csv";
    a.click();
  }
  return <button onClick={download}>Export CSV</button>;
}
