/**
 * State of toewijzingen, starts, stops, verzoeken and antwoorden, kept per
 * gemeente and aanbieder from accepted 301, 305, 307, 315, 317 and 319 messages.
 * The lookups below are the contract other areas (declaraties) rely on; the
 * toewijzing area may add more.
 *
 * A view is loaded for one message (libs/persistence ToewijzingStateRepository)
 * and holds what that message's rules need, nothing more: a lookup outside the
 * message's keys answers "nothing known".
 */
export * from './toewijzing/views';
export * from './toewijzing/readings';
export * from './toewijzing/effects';
export * from './toewijzing/in-memory';
