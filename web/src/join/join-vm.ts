import type { ProjectorView, Role, SeatRole } from '../api/view-types.ts';

/** The roles of a municipal team a student can pick; the aanbieder seat is offered when the session has one. */
export const pickableRoles = [
  'wethouder',
  'inkoper',
  'professional',
  'ervaringsdeskundige',
] as const satisfies readonly Role[];

/** The provider team belongs to the region, not to a municipality (game/rules/seat-rules.ts). */
export const providerRole = 'aanbieder' as const satisfies SeatRole;

const alphabet = /^[23456789ABCDEFGHJKMNPQRSTVWXYZ]+$/;

/** As the server does (docs/api.md, Codes): upper case, spaces and dashes removed, so `k7m-9pq` is `K7M9PQ`. */
export const normalizeCode = (input: string): string => input.toUpperCase().replace(/[\s-]/g, '');

export const isJoinCode = (code: string): boolean => code.length === 6 && alphabet.test(code);
export const isRejoinCode = (code: string): boolean => code.length === 8 && alphabet.test(code);

export type MunicipalityChoice = {
  id: string;
  name: string;
  students: number;
  openRoles: Role[];
  /** Roles a student picked as their own (picking one shares it); the rest are merged into a teammate's. */
  chosenRoles: Role[];
};

/**
 * What picking a role really does (issue 15, defect 5): an open role is played by the game until you take it;
 * a chosen role is shared with the student who picked it; a merged role is one a teammate holds on top of
 * their own because the team is small, and picking it takes it over from them.
 */
export type RoleAvailability = 'open' | 'shared' | 'takeOver';

export type JoinStepVm =
  | { step: 'ended' }
  | { step: 'full'; maxStudents: number }
  | {
      step: 'seat';
      sessionId: string;
      joinCode: string;
      region: string;
      municipalities: MunicipalityChoice[];
      /** The region's provider team: null when the facilitator did not open one. */
      providerTeam: { students: number } | null;
    };

/** What the phone shows after a valid code: the region's municipalities with their open (bot-played) roles. */
export const joinStepVm = (lookup: {
  sessionId: string;
  joinCode: string;
  lobby: ProjectorView;
}): JoinStepVm => {
  const { lobby } = lookup;
  if (lobby.session.status === 'ended') return { step: 'ended' };
  // Every seat counts, the provider team's too (game/rules/seat-rules.ts); a seated student rejoins instead.
  const seated = lobby.teams.reduce((n, t) => n + t.students, 0) + (lobby.providerTeam?.students ?? 0);
  if (seated >= lobby.session.maxStudents) return { step: 'full', maxStudents: lobby.session.maxStudents };
  return {
    step: 'seat',
    sessionId: lookup.sessionId,
    joinCode: lookup.joinCode,
    region: lobby.session.region,
    municipalities: lobby.teams.map((t) => ({
      id: t.id,
      name: t.name,
      students: t.students,
      openRoles: pickableRoles.filter((r) => t.botRoles.includes(r)),
      chosenRoles: pickableRoles.filter((r) => t.chosenRoles.includes(r)),
    })),
    providerTeam: lobby.providerTeam ?? null,
  };
};

/**
 * Roles on offer: the open ones of the chosen municipality (a taken role can be shared, so all stay valid),
 * then the aanbieder seat of the region's provider team when there is one.
 */
export const roleChoices = (
  municipalities: MunicipalityChoice[],
  municipalityId: string,
  providerTeam: { students: number } | null = null,
): { role: SeatRole; availability: RoleAvailability }[] => {
  const m = municipalities.find((x) => x.id === municipalityId);
  const of = (role: Role): RoleAvailability =>
    !m || m.openRoles.includes(role) ? 'open' : m.chosenRoles.includes(role) ? 'shared' : 'takeOver';
  return [
    ...pickableRoles.map((role) => ({ role, availability: of(role) })),
    ...(providerTeam
      ? [
          {
            role: providerRole,
            availability: (providerTeam.students === 0 ? 'open' : 'shared') as RoleAvailability,
          },
        ]
      : []),
  ];
};

export type JoinForm = { displayName: string; municipalityId: string; role: string };

/** The join request: empty choices are left to the game, which seats the student in the emptiest place. */
export const joinRequest = (joinCode: string, form: JoinForm) => ({
  joinCode,
  displayName: form.displayName.trim(),
  ...(form.municipalityId && form.role !== providerRole ? { municipalityId: form.municipalityId } : {}),
  ...(form.role ? { role: form.role } : {}),
});

export const displayNameError = (name: string): 'join.error.nameEmpty' | 'join.error.nameLong' | null => {
  const n = name.trim();
  if (n.length === 0) return 'join.error.nameEmpty';
  if (n.length > 40) return 'join.error.nameLong';
  return null;
};

/**
 * A hint beside the server's own message, keyed on the stable error code (and the game's reason): what to do
 * about a wrong code, an ended session, a lost seat, or a busy or unreachable server.
 */
export const joinErrorHint = (code: string, reason?: string): string => {
  if (code === 'session_not_found') return 'join.hint.wrongCode';
  if (reason === 'session-ended' || code === 'session_ended') return 'join.hint.ended';
  if (reason === 'session-full') return 'join.hint.full';
  if (code === 'forbidden') return 'join.hint.wrongRejoin';
  if (code === 'rate_limited') return 'join.hint.busy';
  if (code === 'offline') return 'join.hint.offline';
  if (code === 'invalid_request') return 'join.hint.checkFields';
  return 'join.hint.tryAgain';
};
