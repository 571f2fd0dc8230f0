/**
 * Every error a user can see, with its HTTP status and its message in each language (Dutch first: the game is
 * played in Dutch lecture halls; English for exchange students). Codes are a contract with the clients, so a
 * code is never renamed; messages may be reworded.
 */
export const errorCatalog = {
  invalid_request: {
    status: 400,
    nl: 'Het verzoek klopt niet; zie de genoemde velden.',
    en: 'The request is not valid; see the listed fields.',
  },
  invalid_json: {
    status: 400,
    nl: 'De inhoud van het verzoek is geen geldige JSON.',
    en: 'The request body is not valid JSON.',
  },
  bad_request: {
    status: 400,
    nl: 'Het verzoek kon niet worden verwerkt.',
    en: 'The request could not be processed.',
  },
  invalid_message: {
    status: 400,
    nl: 'Dit bericht wordt niet begrepen.',
    en: 'This message is not understood.',
  },
  unauthorized: {
    status: 401,
    nl: 'De toegangscode ontbreekt of is ongeldig.',
    en: 'The access token is missing or malformed.',
  },
  forbidden: {
    status: 403,
    nl: 'Deze code geeft geen toegang tot deze sessie.',
    en: 'This token does not give access to this session.',
  },
  not_found: {
    status: 404,
    nl: 'Deze pagina of dit adres bestaat niet.',
    en: 'This page or address does not exist.',
  },
  session_not_found: {
    status: 404,
    nl: 'Deze sessie bestaat niet (meer).',
    en: 'This session does not exist (any more).',
  },
  conflict: {
    status: 409,
    nl: 'Iemand anders was je net voor; probeer het opnieuw.',
    en: 'Someone else got there first; please try again.',
  },
  action_refused: {
    status: 409,
    nl: 'Deze actie kan nu niet.',
    en: 'This action is not possible now.',
  },
  payload_too_large: {
    status: 413,
    nl: 'Het verzoek is te groot.',
    en: 'The request is too large.',
  },
  unsupported_media_type: {
    status: 415,
    nl: 'Stuur de gegevens als JSON.',
    en: 'Send the data as JSON.',
  },
  rate_limited: {
    status: 429,
    nl: 'Te veel pogingen; wacht even en probeer het dan opnieuw.',
    en: 'Too many attempts; wait a moment and try again.',
  },
  internal_error: {
    status: 500,
    nl: 'Er ging iets mis op de server. De spelleider kan het opnieuw proberen.',
    en: 'Something went wrong on the server. The facilitator can try again.',
  },
  unavailable: {
    status: 503,
    nl: 'De server is (nog) niet beschikbaar.',
    en: 'The server is not available (yet).',
  },
} as const;

export type ErrorCode = keyof typeof errorCatalog;
