import { z } from 'zod';
import { decisionsSchema } from '../../engine/index.ts';

const shape = decisionsSchema.shape;
type Shape = typeof shape;

/**
 * A partial set of levers, each bounded as in the engine's decisions schema but without its default (a
 * missing lever means "no change", never "back to the default"). Unknown levers are refused.
 */
export const leverChangesSchema = z
  .object(
    Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, v.unwrap().optional()])) as {
      [K in keyof Shape]: z.ZodOptional<ReturnType<Shape[K]['unwrap']>>;
    },
  )
  .strict();

export type LeverChanges = z.output<typeof leverChangesSchema>;
