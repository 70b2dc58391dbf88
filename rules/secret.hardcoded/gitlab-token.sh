#!/bin/sh
# ruleid: gitlab-token
curl -X POST -F token=glptt-88ae0b3746de2fb1a479dbb1e3c94f299c11abe3 -F ref=main https://gitlab.com/api/v4/projects/42/trigger/pipeline
# ok: gitlab-token
curl -X POST -F token=$TRIGGER_TOKEN -F ref=main https://gitlab.com/api/v4/projects/42/trigger/pipeline
# ruleid: gitlab-token
curl -H "Cookie: _gitlab_session=ty05e0dnl6u12xbp5p3wubfk8wf0mybr" https://gitlab.acme.dev/api/v4/user
