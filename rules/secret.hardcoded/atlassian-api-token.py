import os
from atlassian import Jira

# ruleid: atlassian-api-token
jira = Jira(url="https://acme.atlassian.net", username="bot@acme.dev", password="ATATT3-nPAdBEE9HfD79GMhJiwQdleOF9VMiK8YAe_g6JoJ0n-_L6POf8ErPHm8YVHR1BarlsCnQ43GvdIESpwhhDnOZAgdx2F-8d0W-5VNyVFy4qEzO6xi4PgHxtjUy0CDTba255qPoPEC5-g--JMEN8CJDYjbykeVtaOuARzuoSG2OCmYzN8my5A37D2FC")
# ok: atlassian-api-token
jira = Jira(url="https://acme.atlassian.net", username="bot@acme.dev", password=os.environ["JIRA_API_TOKEN"])
