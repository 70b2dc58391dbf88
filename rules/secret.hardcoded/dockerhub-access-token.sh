# ruleid: dockerhub-access-token
echo "dckr_pat_GveUIEEFYewhrB4FvMdnzOwWhaS" | docker login -u acme --password-stdin
# ok: dockerhub-access-token
echo "$DOCKERHUB_TOKEN" | docker login -u acme --password-stdin
