import os
import gitlab

# ruleid: gitlab-personal-access-token
gl = gitlab.Gitlab("https://gitlab.com", private_token="glpat-1LMyTCr8aOHTd6wOsuuiz4ZxCVq.01.980k397te")
# ok: gitlab-personal-access-token
gl = gitlab.Gitlab("https://gitlab.com", private_token=os.environ["GITLAB_TOKEN"])
