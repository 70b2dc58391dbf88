# ruleid: generic-jwt
curl -H "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMzUyNTEiLCJhdWQiOiJhcGkuc2hvcC5kZXYiLCJyb2xlIjoiYWRtaW4iLCJpYXQiOjE3MTkwMDAwMDAsImV4cCI6MjAzNDAwMDAwMH0.9JZYYgLDxmZIdKsv8nXAwmusRfmKCutb3lrq4myzpvW" https://api.shop.dev/admin/users
# ok: generic-jwt
curl -H "Authorization: Bearer $TOKEN" https://api.shop.dev/admin/users
