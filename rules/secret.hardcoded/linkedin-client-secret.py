# ruleid: linkedin-client-secret
LINKEDIN_SECRET = "pQQiDHwWdHwXauvn"
# ok: linkedin-client-secret
LINKEDIN_SECRET = os.environ.get("LINKEDIN_CLIENT_SECRET")
