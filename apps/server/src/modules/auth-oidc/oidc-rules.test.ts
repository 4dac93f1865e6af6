import { describe, expect, it } from 'vitest';
import { emailDomain, isAllowedDomain, refusalFor, safeReturnTo } from './oidc-rules.js';

describe('safeReturnTo', () => {
  it.each([
    ['/rencana?periode=2026#atas', '/rencana?periode=2026#atas'],
    ['/', '/'],
    [undefined, '/'],
    [42, '/'],
    ['', '/'],
    ['rencana', '/'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example/', '/'],
    ['/\tevil', '/'],
    ['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
    [`/${'a'.repeat(2000)}`, '/'],
  ])('%j → %j', (raw, expected) => {
    expect(safeReturnTo(raw)).toBe(expected);
  });
});

describe('email domains', () => {
  it('reads the domain after the last @ in lower case', () => {
    expect(emailDomain('Ani@Guru.SD.belajar.id')).toBe('guru.sd.belajar.id');
    expect(emailDomain('tanpa-domain@')).toBeNull();
    expect(emailDomain('tanpa-at')).toBeNull();
  });

  it.each([
    ['belajar.id', true],
    ['guru.sd.belajar.id', true],
    ['palsubelajar.id', false],
    ['belajar.id.evil.example', false],
    ['gmail.com', false],
  ])('%s allowed by belajar.id: %s', (domain, expected) => {
    expect(isAllowedDomain(domain, ['belajar.id'])).toBe(expected);
  });
});

describe('refusalFor', () => {
  const allowed = ['belajar.id'];
  const identity = {
    sub: 's',
    email: 'ani@guru.sd.belajar.id',
    emailVerified: true,
    hd: undefined,
  };

  it('admits a verified belajar.id email', () => {
    expect(refusalFor(identity, allowed)).toBeNull();
    expect(refusalFor({ ...identity, emailVerified: 'true' }, allowed)).toBeNull();
  });

  it('lets a matching hosted domain vouch for an unverified email, but not another one', () => {
    expect(
      refusalFor({ ...identity, emailVerified: false, hd: 'guru.sd.belajar.id' }, allowed),
    ).toBeNull();
    expect(refusalFor({ ...identity, emailVerified: false, hd: 'belajar.id' }, allowed)).toEqual({
      code: 'OIDC_EMAIL_UNVERIFIED',
      email: 'ani@guru.sd.belajar.id',
    });
  });

  it('lets the email domain decide, whatever hd says', () => {
    expect(refusalFor({ ...identity, email: 'ani@gmail.com', hd: 'belajar.id' }, allowed)).toEqual({
      code: 'OIDC_WRONG_DOMAIN',
      domain: 'gmail.com',
    });
  });

  it('fails without an email', () => {
    expect(refusalFor({ ...identity, email: null }, allowed)).toEqual({ code: 'OIDC_FAILED' });
  });
});
