# ruleid: gitlab-runner-token
gitlab-runner register --url https://gitlab.com --token glrt-t1_V_a4jSX9Uig0AUBu6QnQp_w2oax.01.kww3symms
# ok: gitlab-runner-token
gitlab-runner register --url https://gitlab.com --token "$RUNNER_TOKEN"
