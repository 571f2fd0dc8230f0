/** A sentence the game writes for players: Dutch first, English alongside (GAME.md section 2, language). */
export type Text = { nl: string; en: string };

export const text = (nl: string, en: string): Text => ({ nl, en });
