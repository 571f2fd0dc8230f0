import type { GameError } from '../../game/index.ts';
import { AppError } from '../errors/app-error.ts';

/** A game rule said no: 409 `action_refused` carrying the game's own code and translated message. */
export const gameRefusal = (error: GameError): AppError =>
  new AppError('action_refused', { reason: { code: error.code, message: error.message } });
