/**
 * What the personal account does with friend requests. A customer must be a friend to write at
 * all, so a service account usually accepts them; `keyword` accepts only requests whose greeting
 * names one of the given words (the shop's name, 售后), which keeps out most spam; `ignore` leaves
 * them for a person on the phone. The bot never sends friend requests itself.
 */
export type FriendPolicy = { mode: 'accept' } | { mode: 'ignore' } | { mode: 'keyword'; keywords: string[] };

export function shouldAccept(policy: FriendPolicy, hello: string): boolean {
  switch (policy.mode) {
    case 'accept':
      return true;
    case 'ignore':
      return false;
    default: {
      const text = hello.toLowerCase();
      return policy.keywords.some((k) => k && text.includes(k.toLowerCase()));
    }
  }
}
