import jwt from 'jsonwebtoken';
import { describe, expect, it } from 'vitest';
import { issueAccessToken } from '../src/tokens';

describe('issueAccessToken', () => {
  it('sets an expiry', () => {
    const token = issueAccessToken({ id: 'u1', role: 'member' });
    // ok: jwt-decode-without-verify
    const claims = jwt.decode(token) as { exp?: number; role: string };
    expect(claims.exp).toBeDefined();
    expect(claims.role).toBe('member');
  });
});
