import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

// Pages are addressed by path (/events, /pair/IRN/USA, /documents/<id>); the server answers every
// such path with the same page, and this router picks what to show.

/** Goes to another page of the dashboard without reloading. */
export function navigate(to: string, replace = false): void {
  if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** The current path and query string, updated on navigation. */
export function useLocation(): URL {
  const [href, setHref] = useState(window.location.href);
  useEffect(() => {
    const update = () => setHref(window.location.href);
    window.addEventListener('popstate', update);
    return () => window.removeEventListener('popstate', update);
  }, []);
  return new URL(href);
}

/** A link inside the dashboard. */
export function Link({ href, children, class: className }: { href: string; children: ComponentChildren; class?: string }) {
  return (
    <a
      href={href}
      class={className}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        navigate(href);
      }}
    >
      {children}
    </a>
  );
}

/** The dashboard path of a stored document. */
export function documentHref(id: string): string {
  return `/documents/${encodeURIComponent(id)}`;
}

export { pairHref } from './pair-link.ts';
