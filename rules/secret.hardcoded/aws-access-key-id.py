import boto3

# ruleid: aws-access-key-id
s3 = boto3.client("s3", aws_access_key_id="AKIAQEBV5KMI2FWC7E2S", aws_secret_access_key="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")
# ok: aws-access-key-id
s3 = boto3.client("s3")
# ruleid: aws-access-key-id
SESSION_KEY = "ASIAN63MHQQRDWXHHXTI"
