#!/bin/sh
# ruleid: openshift-user-token
oc login --token=sha256~-Df6Ly1h6kq7HrU_FYiMm7E-DiQOhSk9nPIM9F0-3W1 --server=https://api.cluster.acme.dev:6443
# ok: openshift-user-token
oc login --token="$OPENSHIFT_TOKEN" --server=https://api.cluster.acme.dev:6443
