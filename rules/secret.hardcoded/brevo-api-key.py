import smtplib
# ruleid: brevo-api-key
SMTP_PASSWORD = "xsmtpsib-4441037836d55f543b7158d62fa686ab8bdb474dde97dbf2be41d42e93dfb4d3-K9hFc75BA5nAvkHc"
# ok: brevo-api-key
SMTP_PASSWORD = os.environ["BREVO_SMTP_KEY"]
