import type { NewParty } from '@lib/persistence';

/**
 * The parties of a development start (SEED_DEMO): the four H4 gemeenten by
 * their CBS codes, and three aanbieders whose AGB-codes are made up and whose
 * names say so. 12345678 and 87654321 are the aanbieders of the test fixtures,
 * so those messages can be sent with the seeded keys as they are.
 */
export const DEMO_PARTIES: readonly NewParty[] = [
  { role: 'gemeente', code: '0503', name: 'Delft' },
  { role: 'gemeente', code: '0603', name: 'Rijswijk' },
  { role: 'gemeente', code: '1783', name: 'Westland' },
  { role: 'gemeente', code: '1842', name: 'Midden-Delfland' },
  { role: 'aanbieder', code: '12345678', name: 'Demo Thuiszorg' },
  { role: 'aanbieder', code: '87654321', name: 'Demo Begeleiding' },
  { role: 'aanbieder', code: '11223344', name: 'Demo Dagbesteding' },
];
