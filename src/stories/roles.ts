import { idsOf } from './ids';

/**
 * Who tells the story. `sells` marks the roles in which the narrator is the
 * seller; the library keeps at least a third of its stories in other hands
 * (a buyer, a manager, finance, the person across the table), so the checks
 * need to know which is which.
 */
export const ROLES = {
  'account-executive': { label: 'Account executive', sells: true },
  'field-sales': { label: 'Field sales representative', sells: true },
  'key-account-manager': { label: 'Key account manager', sells: true },
  'business-development': { label: 'Business development', sells: true },
  'channel-manager': { label: 'Channel or partner manager', sells: true },
  founder: { label: 'Founder or owner', sells: true },
  'new-hire': { label: 'New hire in sales', sells: true },
  'sales-manager': { label: 'Sales manager', sells: false },
  'sales-operations': { label: 'Sales operations', sells: false },
  'bid-manager': { label: 'Bid manager', sells: false },
  'pre-sales-engineer': { label: 'Pre-sales or technical specialist', sells: false },
  'customer-success': { label: 'Customer success', sells: false },
  marketing: { label: 'Marketing', sells: false },
  finance: { label: 'Finance', sells: false },
  buyer: { label: 'Buyer or procurement', sells: false },
  compliance: { label: 'Compliance, legal or risk', sells: false },
  executive: { label: 'Chief executive or general manager', sells: false },
  operations: { label: 'Operations or delivery', sells: false },
} as const satisfies Record<string, { label: string; sells: boolean }>;

export type RoleId = keyof typeof ROLES;
export const ROLE_IDS = idsOf(ROLES);
