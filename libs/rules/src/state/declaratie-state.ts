/**
 * State of declaraties and their prestaties (debet and credit) with the outcome
 * from the 325, kept per gemeente and aanbieder from accepted 323 and 325 messages.
 * The declaratie area defines its lookups here.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface DeclaratieStateView {}
