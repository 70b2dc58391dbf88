// ruleid: anthropic-admin-key
const ADMIN = 'sk-ant-admin01-dn18YIyH353kCoMHV2AvQ5SZ7kCMplShiA40AE8FJj0wsdfs-MfmHz7hVj5xJJsAIofZ6k0VHbL3-UjFBqvTEQNcwX7UQAA';
// ok: anthropic-admin-key
const admin2 = process.env.ANTHROPIC_ADMIN_KEY;
module.exports = { ADMIN, admin2 };
