// The facilitator key arrives in the console URL's fragment (#key=…) and is kept for this tab,
// so it is never sent in a request line or a Referer header.
const STORAGE_KEY = 'offsite.facilitatorKey';

export function facilitatorKey(): string | null {
  const match = /(?:^#|&)key=([0-9a-f]{32})(?:&|$)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(STORAGE_KEY, match[1]);
    return match[1];
  }
  return sessionStorage.getItem(STORAGE_KEY);
}
