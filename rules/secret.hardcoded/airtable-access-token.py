# ruleid: airtable-access-token
AIRTABLE_KEY = "key6SRR6ED7fzxVlk"
# ok: airtable-access-token
AIRTABLE_TABLE = "tblOrders"
