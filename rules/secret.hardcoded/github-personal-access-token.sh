#!/usr/bin/env bash
# ruleid: github-personal-access-token
git clone https://ghp_a5h50XAs2D3empZ2GvxkykcFmvqKqPyKkNIY@github.com/acme/private-repo.git
# ok: github-personal-access-token
git clone https://${GITHUB_TOKEN}@github.com/acme/private-repo.git
