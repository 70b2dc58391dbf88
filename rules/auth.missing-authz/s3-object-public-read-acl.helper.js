// The S3 client is configured in another module.
const { s3, bucket } = require('../config/aws');

const uploadToS3 = (file, key) => {
  const params = {
    Bucket: bucket,
    Key: key,
    Body: file.buffer,
    ContentType: file.mimetype,
    // ruleid: s3-object-public-read-acl
    ACL: 'public-read',
  };
  return s3.upload(params).promise();
};

const uploadPrivate = (file, key) =>
  // ok: s3-object-public-read-acl
  s3.upload({ Bucket: bucket, Key: key, Body: file.buffer, ACL: 'private' }).promise();

module.exports = { uploadToS3, uploadPrivate };
