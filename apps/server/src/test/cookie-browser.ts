/**
 * A minimal browser for tests that cross real HTTP servers: keeps cookies by name and path (like a
 * browser, not by port) and does not follow redirects, so each hop can be inspected.
 */
export class CookieBrowser {
  private readonly cookies = new Map<string, { name: string; value: string; path: string }>();

  /** Requests `url` with the matching cookies and stores what the response sets. */
  async go(
    url: string | URL,
    init: { method?: string; form?: Record<string, string> } = {},
  ): Promise<Response> {
    const target = new URL(url);
    const headers: Record<string, string> = { cookie: this.cookieHeader(target) };
    let body: string | undefined;
    if (init.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(init.form).toString();
    }
    const response = await fetch(target, {
      method: init.method ?? 'GET',
      headers,
      body,
      redirect: 'manual',
    });
    for (const line of response.headers.getSetCookie()) this.store(line);
    return response;
  }

  /** Follows the Location of a redirect response. */
  follow(response: Response): Promise<Response> {
    return this.go(locationOf(response));
  }

  /** A cookie's value, whatever its path. */
  cookie(name: string): string | undefined {
    return [...this.cookies.values()].find((c) => c.name === name)?.value;
  }

  private cookieHeader(url: URL): string {
    return [...this.cookies.values()]
      .filter(
        (c) =>
          url.pathname === c.path ||
          url.pathname.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`),
      )
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
  }

  private store(line: string): void {
    const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    const attribute = (key: string) =>
      attributes.find((a) => a.toLowerCase().startsWith(`${key}=`))?.slice(key.length + 1);
    const path = attribute('path') ?? '/';
    const expires = attribute('expires');
    const isGone =
      value === '' ||
      attribute('max-age') === '0' ||
      (expires !== undefined && new Date(expires).getTime() < Date.now());
    if (isGone) this.cookies.delete(`${name};${path}`);
    else this.cookies.set(`${name};${path}`, { name, value, path });
  }
}

/** The absolute URL a redirect response points to. */
export function locationOf(response: Response): URL {
  const location = response.headers.get('location');
  if (!location) throw new Error(`expected a redirect, got ${response.status}`);
  return new URL(location, response.url);
}
