#!/bin/sh
# ruleid: generic-curl-credentials
curl -u admin:FI5TSqcSCY7Yiw7sT35U https://jenkins.acme.dev/job/deploy/build
# ok: generic-curl-credentials
curl -u "$JENKINS_USER:$JENKINS_TOKEN" https://jenkins.acme.dev/job/deploy/build
# ok: generic-curl-credentials
curl -u username:password https://httpbin.org/basic-auth/user/passwd
curl -X POST https://api.acme.dev/v1/orders \
  # ruleid: generic-curl-credentials
  -H "X-Api-Key: 1kKG1rIcPYKEsYWmeBO3OkDqW9ZWWBqY3MlAoVvp" \
  -d '{"sku": 12}'
# ok: generic-curl-credentials
curl -H "X-Api-Key: $ACME_API_KEY" https://api.acme.dev/v1/orders
# ruleid: generic-curl-credentials
curl -H "Authorization: Basic LdJzxqsMCN61bz2Rs7vqRKfyNKpJcTQG=" https://registry.acme.dev/v2/_catalog
# ok: generic-curl-credentials
echo "-H X-Api-Key: pMp7ISAc4CDjcC3i69vYmgRk"
