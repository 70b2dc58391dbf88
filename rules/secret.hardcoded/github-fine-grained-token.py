import os
from github import Github

# ruleid: github-fine-grained-token
gh = Github("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")
# ok: github-fine-grained-token
gh = Github(os.environ["GITHUB_TOKEN"])
