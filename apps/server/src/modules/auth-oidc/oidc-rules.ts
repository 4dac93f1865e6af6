/** Where to go after signing in: only a same-origin path ('/x', never '//host' or '/\host'); else '/'. */
export function safeReturnTo(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length > 2000 || !raw.startsWith('/')) return '/';
  // Browsers read '\' as '/', so '/\evil.example' is protocol-relative too; URL parsers drop
  // tabs and newlines, so '/\t/evil.example' would be as well.
  const isUnsafe = (c: string) => c === '\\' || c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f;
  if (raw.startsWith('//') || [...raw].some(isUnsafe)) return '/';
  const base = 'http://kinerja.invalid';
  return new URL(raw, base).origin === base ? raw : '/';
}

/** The lower-cased domain of an email address, or null when it has none. */
export function emailDomain(email: string): string | null {
  const at = email.lastIndexOf('@');
  return at > 0 && at < email.length - 1 ? email.slice(at + 1).toLowerCase() : null;
}

/** A configured domain admits itself and its subdomains: belajar.id admits guru.sd.belajar.id. */
export function isAllowedDomain(domain: string, allowedDomains: string[]): boolean {
  return allowedDomains.some((allowed) => domain === allowed || domain.endsWith(`.${allowed}`));
}

/**
 * The provider vouches for the email when it says `email_verified`, or — Google Workspace, which is
 * what belajar.id runs on — when its hosted domain `hd` is the email's own domain, since the
 * Workspace then owns that address.
 */
export function isEmailVouchedFor(claims: {
  email: string;
  emailVerified: unknown;
  hd: unknown;
}): boolean {
  if (claims.emailVerified === true || claims.emailVerified === 'true') return true;
  return typeof claims.hd === 'string' && claims.hd.toLowerCase() === emailDomain(claims.email);
}

/** Who the provider says signed in. */
export type OidcIdentity = {
  sub: string;
  email: string | null;
  emailVerified: unknown;
  hd: unknown;
};

/** Why an identity may not sign in, with what the sign-in page shows; null when it may. */
export type OidcRefusal = {
  code: 'OIDC_WRONG_DOMAIN' | 'OIDC_EMAIL_UNVERIFIED' | 'OIDC_FAILED';
  email?: string;
  domain?: string;
};

/**
 * Only accounts of the configured domains (belajar.id, domain.md §3.1, §6.1) whose email the provider
 * vouches for. The email's domain decides: `hd` alone never admits another address.
 */
export function refusalFor(identity: OidcIdentity, allowedDomains: string[]): OidcRefusal | null {
  const domain = identity.email ? emailDomain(identity.email) : null;
  if (!identity.email || !domain) return { code: 'OIDC_FAILED' };
  if (!isAllowedDomain(domain, allowedDomains)) return { code: 'OIDC_WRONG_DOMAIN', domain };
  if (
    !isEmailVouchedFor({
      email: identity.email,
      emailVerified: identity.emailVerified,
      hd: identity.hd,
    })
  ) {
    return { code: 'OIDC_EMAIL_UNVERIFIED', email: identity.email };
  }
  return null;
}
