/**
 * The numbers to ring for a fire, an ambulance or the police, for the countries we are sure of.
 * Our phrase tables name mainland China's (119 fire, 120 ambulance, 110 police); a customer in
 * Arizona or Manchester who rings 119 reaches nobody. A country missing here is not guessed at:
 * the reply says "your local emergency number" without a number.
 */
import type { CountryCode } from 'libphonenumber-js/max';

export type EmergencyService = 'fire' | 'ambulance' | 'police';

/** The mainland numbers the phrase tables use, and which service each one is. */
export const MAINLAND_EMERGENCY: Record<string, EmergencyService> = { '119': 'fire', '120': 'ambulance', '110': 'police' };

type Numbers = Record<EmergencyService, string>;
const all = (n: string): Numbers => ({ fire: n, ambulance: n, police: n });
const EUROPE_112: CountryCode[] = ['DE', 'FR', 'NL', 'ES', 'IT', 'BE', 'AT', 'PT', 'SE', 'DK', 'FI', 'PL', 'CZ', 'GR', 'LU', 'NO', 'CH'];

const BY_COUNTRY: Partial<Record<CountryCode, Numbers>> = {
  GB: all('999'),
  IE: all('112 or 999'),
  HK: all('999'),
  MO: all('999'),
  MY: all('999'),
  SG: { fire: '995', ambulance: '995', police: '999' },
  US: all('911'),
  CA: all('911'),
  PH: all('911'),
  AU: all('000'),
  NZ: all('111'),
  ZA: all('10111 or 112'),
  IN: all('112'),
  NG: all('112'),
  KE: all('999 or 112'),
  AE: { fire: '997', ambulance: '998', police: '999' },
  JP: { fire: '119', ambulance: '119', police: '110' },
  KR: { fire: '119', ambulance: '119', police: '112' },
  TW: { fire: '119', ambulance: '119', police: '110' },
  ...Object.fromEntries(EUROPE_112.map((c) => [c, all('112')])),
};

/** The number for that service in that country, or undefined when we are not sure of it. */
export function emergencyNumber(country: CountryCode, service: EmergencyService): string | undefined {
  return BY_COUNTRY[country]?.[service];
}
