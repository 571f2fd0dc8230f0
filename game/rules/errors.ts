import { type Text, text } from '../text.ts';

/** Every way an action can be refused, with a message for the player (STYLE.md rule 5: typed, translated). */
export const errorMessages = {
  'invalid-action': text('Deze actie klopt niet.', 'This action is not valid.'),
  'not-authorised': text('Dat mag jij niet doen.', 'You are not allowed to do that.'),
  'session-ended': text('Het spel is afgelopen.', 'The session has ended.'),
  'session-full': text(
    'Deze sessie zit vol: alle plekken zijn bezet.',
    'This session is full: every seat is taken.',
  ),
  'wrong-status': text(
    'Dat kan nu niet in dit deel van het spel.',
    'That is not possible in this part of the session.',
  ),
  'wrong-phase': text(
    'Dat kan niet in deze fase van de ronde.',
    'That is not possible in this phase of the round.',
  ),
  'unknown-seat': text('Deze plek bestaat niet.', 'This seat does not exist.'),
  'seat-exists': text('Deze plek bestaat al.', 'This seat already exists.'),
  'secret-in-use': text('Deze code is al in gebruik.', 'This code is already in use.'),
  'unknown-municipality': text('Deze gemeente doet niet mee.', 'This municipality is not in the game.'),
  'no-provider-team': text('Dit spel heeft geen aanbiedersteam.', 'This session has no provider team.'),
  'role-needs-municipality': text('Deze rol hoort bij een gemeente.', 'This role belongs to a municipality.'),
  'not-your-role': text('Die rol heb jij niet.', 'You do not hold that role.'),
  'not-your-levers': text('Deze knoppen horen bij een andere rol.', 'These levers belong to another role.'),
  'invalid-decisions': text('Deze keuzes passen niet binnen de grenzen.', 'These choices are out of bounds.'),
  'no-timer': text('Er loopt geen timer.', 'No timer is running.'),
  'already-paused': text('De timer staat al stil.', 'The timer is already paused.'),
  'not-paused': text('De timer loopt al.', 'The timer is already running.'),
  'unknown-card': text('Deze kaart bestaat niet.', 'This card does not exist.'),
  'card-in-play': text('Deze kaart is al gespeeld.', 'This card is already in play.'),
  'unknown-family': text('Dit gezin kennen we hier niet.', 'This family is not known here.'),
  'unknown-signal': text('Dit signaal bestaat niet.', 'This signal does not exist.'),
  'not-your-signal': text('Dit signaal is van een ander team.', 'This signal belongs to another team.'),
  'unknown-proposal': text(
    'Dit voorstel ligt niet (meer) op tafel.',
    'This proposal is not (or no longer) on the table.',
  ),
  'no-change': text('Dit voorstel verandert niets.', 'This proposal changes nothing.'),
} as const satisfies Record<string, Text>;

export type ErrorCode = keyof typeof errorMessages;

export type GameError = { code: ErrorCode; message: Text };

export const gameError = (code: ErrorCode): GameError => ({ code, message: errorMessages[code] });
