CREATE TABLE users (
  id SERIAL PRIMARY KEY,
  email TEXT UNIQUE NOT NULL,
  password_hash TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT 'user'
);

-- ok: default-admin-credentials (a comment about the password is not the password)
-- default admin (password: admin123)
INSERT INTO users (email, password_hash, role)
-- ruleid: default-admin-credentials
VALUES ('admin@teamnotes.dev', '240be518fabd2724ddb6f04eeb1da5967448d7e831c08c8fa822809f74c720a9', 'admin')
ON CONFLICT DO NOTHING;

INSERT INTO users (email, password_hash, role)
-- ruleid: default-admin-credentials
VALUES ('root@teamnotes.dev', crypt('S3cretAdmin', gen_salt('bf')), 'admin');

INSERT INTO users (email, password_hash, role)
-- ok: default-admin-credentials (an ordinary member)
VALUES ('member@teamnotes.dev', crypt('member-2024', gen_salt('bf')), 'user');
