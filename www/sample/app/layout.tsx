export const metadata = { title: "Acme CRM", description: "Customers, deals and invoices" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
