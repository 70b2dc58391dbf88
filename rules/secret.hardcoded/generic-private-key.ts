// ruleid: generic-private-key
const DEPLOY_KEY = `-----BEGIN OPENSSH PRIVATE KEY-----
ViOSvRNq5rdA18b6aYnVksfXp3jiH6tU1YmHR3zxQYP0Zqxlsx0JKrc5QGFkD/OG
64A0GMyQn6Z0LBkaoaLAYcuwyYZuOviYBkJoTfFDx3K5jXSasdBmhrClpAn1hYQS
bBfnXnPhLlcgyLJiakTiTg9tFJi15/v9K5prOJ+if3rTBmX7TNziRp1y3EnUEttQ
UYYmiLui9s0z7YL6xwjTFcONXUBMUr20mDGhgy4/J/5KFGlVA/X9jLcfXQegi7Bs
/tqF3l20CoQ6pQ0WV7HlrUDBBdwoo8VNN7tF5CIbqgTsFdbmIe5X7UffGnqHGvVi
D/YWNnwjLVeiITgqw39LbMUSQ3wOjGJcRCTBS6Fnt4upe+CIP6bfIe3eBz49Jkjl
UntUJNxhht4y0jGQHxsFmuu/2Aaws0fNrHCPFXrH==
-----END OPENSSH PRIVATE KEY-----`;
// ok: generic-private-key
const DOCS = "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----";
// ok: generic-private-key
const READ = fs.readFileSync(process.env.SSH_KEY_PATH!, "utf8");
export { DEPLOY_KEY, DOCS, READ };
